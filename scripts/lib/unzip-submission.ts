// A learner's submission handed in as a zip: unpacked into a fresh temporary folder so it can be graded like a
// subfolder. fflate (a small, well-kept pure-JS zip library) rather than a system `unzip`, which a grading machine may
// lack. Zips come from learners, so every entry is checked before anything is written: no absolute paths, no "..",
// nothing but plain files, and a cap on the unpacked size.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

/** Far above any set of exercise files; a zip that unpacks to more is refused rather than filling the disk. */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

export type UnzipResult = { ok: true; root: string } | { ok: false; message: string };

/** Entries as written, minus folders and the clutter macOS adds, with one wrapping folder removed if every file has it. */
function plainEntries(files: Record<string, Uint8Array>): [string, Uint8Array][] {
  const entries = Object.entries(files).filter(([name]) => !name.endsWith('/') && !name.startsWith('__MACOSX/') && !/(^|\/)\.DS_Store$/.test(name));
  const tops = new Set(entries.map(([name]) => name.split('/')[0]));
  const [top] = tops;
  const wrapped = tops.size === 1 && entries.every(([name]) => name.includes('/')) && !/^\d\d-/.test(top ?? '');
  return wrapped ? entries.map(([name, data]) => [name.slice(top!.length + 1), data]) : entries;
}

export function unzipSubmission(zipPath: string): UnzipResult {
  const name = basename(zipPath);
  let files: Record<string, Uint8Array>;
  try {
    // Sizes declared in the zip's directory are checked before inflating, so a zip bomb is refused without being
    // unpacked in memory; the real total is checked again below.
    let declared = 0;
    files = unzipSync(new Uint8Array(readFileSync(zipPath)), {
      filter: (f) => {
        declared += f.originalSize;
        if (declared > MAX_UNPACKED_BYTES) throw new Error(`it unpacks to more than the ${MAX_UNPACKED_BYTES}-byte limit`);
        return true;
      },
    });
  } catch (e) {
    return { ok: false, message: `${name} is not a readable zip file (${e instanceof Error ? e.message : String(e)})` };
  }
  const entries = plainEntries(files);
  const seen = new Set<string>();
  for (const [entry] of entries) {
    if (/[\0-\x1f]/.test(entry)) return { ok: false, message: `${name} holds a file name with a control character (${JSON.stringify(entry)}); nothing was unpacked` };
    // A file and a folder of the same name (a.ts and a.ts/b.ts), or one name twice, cannot both be unpacked.
    const parts = entry.split('/');
    for (let i = 1; i < parts.length; i++) {
      if (seen.has(parts.slice(0, i).join('/'))) return { ok: false, message: `${name} holds "${parts.slice(0, i).join('/')}" both as a file and as a folder; nothing was unpacked` };
    }
    if (seen.has(entry)) return { ok: false, message: `${name} holds "${entry}" twice; nothing was unpacked` };
    seen.add(entry);
  }
  const folders = new Set(entries.flatMap(([e]) => e.split('/').slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join('/'))));
  for (const [entry] of entries) if (folders.has(entry)) return { ok: false, message: `${name} holds "${entry}" both as a file and as a folder; nothing was unpacked` };
  for (const [entry] of entries) {
    if (entry.startsWith('/') || /^[A-Za-z]:/.test(entry) || entry.includes('\\') || entry.split('/').includes('..')) {
      return { ok: false, message: `${name} holds an unsafe path "${entry}"; nothing was unpacked` };
    }
  }
  const total = entries.reduce((a, [, data]) => a + data.length, 0);
  if (total > MAX_UNPACKED_BYTES) return { ok: false, message: `${name} unpacks to ${total} bytes, more than the ${MAX_UNPACKED_BYTES}-byte limit` };
  const root = mkdtempSync(join(tmpdir(), 'gradebook-'));
  try {
    for (const [entry, data] of entries) {
      mkdirSync(dirname(join(root, entry)), { recursive: true });
      writeFileSync(join(root, entry), data);
    }
  } catch (e) {
    // Whatever the checks above missed: the learner's row says so, and nothing half-unpacked is left behind.
    rmSync(root, { recursive: true, force: true });
    return { ok: false, message: `${name} could not be unpacked (${e instanceof Error ? (e as NodeJS.ErrnoException).code ?? e.message : String(e)})` };
  }
  return { ok: true, root };
}
