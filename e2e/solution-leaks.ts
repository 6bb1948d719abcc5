// Finds reference-solution code in a built site. Used by e2e/course-config.spec.ts (solutions must be absent unless
// the course configuration publishes them, and then present) and unit-tested in tests/site/solution-leaks.test.ts.
//
// Solution code can reach dist/ in several disguises: tokenised by Shiki into <span>s with entities (&#x3C;), inside a
// JavaScript string with escaped quotes, in island props as JSON inside an HTML attribute, or gzipped in the Pagefind
// index. Every file is therefore brought to one plain form before searching: unzipped, tags stripped (HTML), entities
// decoded, backslashes dropped, whitespace runs collapsed. The lines searched for are each solution's own: long
// enough to be unmistakable, and found nowhere in what the site publishes anyway (the starter files, lessons, the
// site's own code), so a hit can only mean a leak.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extname, join, relative, sep } from 'node:path';

/** Files whose bytes cannot hold source text (or only as glyph outlines). */
const BINARY = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.ico', '.woff', '.woff2', '.ttf', '.otf', '.wasm']);

/** Folders whose text may legitimately be published, against which a solution's lines must be distinctive. */
export const PUBLISHED_SOURCES = ['exercises', 'content', 'src', 'README.md', 'INSTRUCTORS.md'];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/**
 * The plain form both sides of a search are brought to. For HTML, the text between tags comes first, tags removed
 * without a trace (Shiki splits one line of code into many <span>s), then every attribute value: island props are
 * JSON inside an attribute, and would vanish with the tags.
 */
export function normalise(text: string, html = false): string {
  const plain = (s: string) => decodeEntities(s).replace(/\\/g, '').replace(/\s+/g, ' ');
  if (!html) return plain(text);
  const attributes: string[] = [];
  // Quoted attribute values may hold a raw '>' (island props often do), so a tag ends at the first '>' outside quotes.
  const between = text.replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, (tag) => {
    for (const m of tag.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes.push(m[1] ?? m[2] ?? '');
    return '';
  });
  return [between, ...attributes].map(plain).join('\n');
}

/** A file's text in plain form, unzipping gzip data (Pagefind's index) first; undefined for binary files. */
export function fileText(path: string): string | undefined {
  if (BINARY.has(extname(path).toLowerCase())) return undefined;
  let bytes = readFileSync(path);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  return normalise(bytes.toString('utf8'), /\.html?$/i.test(path));
}

/** Folders inside an exercise that hold reference code (solutions, and mutants and alternates written from them). */
const REFERENCE_CODE = new Set(['solution', 'mutants', 'alternates']);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!REFERENCE_CODE.has(name)) walk(full, out);
    } else out.push(full);
  }
  return out;
}

/** Every file under `dir` (relative path with / separators) with its plain text; binary files are left out. */
export function builtTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of walk(dir)) {
    const text = fileText(file);
    if (text !== undefined) texts.set(relative(dir, file).split(sep).join('/'), text);
  }
  return texts;
}

/** Everything the site publishes on purpose, in plain form, joined (`root` is the project folder). */
export function publishedText(root: string): string {
  const parts: string[] = [];
  for (const p of PUBLISHED_SOURCES) {
    const full = join(root, p);
    if (!existsSync(full)) continue;
    for (const file of statSync(full).isDirectory() ? walk(full) : [full]) {
      const text = fileText(file);
      if (text !== undefined) parts.push(text);
    }
  }
  return parts.join('\n');
}

/**
 * Up to `max` lines of a solution that identify it: at least 24 characters, code rather than a comment or import, and
 * absent from `published` (plain form). Spread over the file, so a leak of any part of it is caught.
 */
export function distinctiveLines(solution: string, published: string, max = 6): string[] {
  const candidates = solution
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 24 && !/^(\/\/|\/\*|\*|import\b)/.test(l))
    .filter((l) => !published.includes(normalise(l)));
  const unique = [...new Set(candidates)];
  if (unique.length <= max) return unique;
  return Array.from({ length: max }, (_, i) => unique[Math.floor((i * unique.length) / max)]!);
}

export interface SolutionProbe {
  /** The exercise the solution belongs to, e.g. "01-sampler". */
  exercise: string;
  /** The solution file, relative to the project, e.g. "exercises/01-sampler/solution/sampler.ts". */
  file: string;
  /** Its distinctive lines, as written in the file (trimmed). */
  lines: string[];
}

/** The distinctive lines of every exercises/<id>/solution/ file. Throws for a file with fewer than `min` of them. */
export function solutionProbes(root: string, min = 3): SolutionProbe[] {
  const published = publishedText(root);
  const probes: SolutionProbe[] = [];
  for (const exercise of readdirSync(join(root, 'exercises')).sort()) {
    const dir = join(root, 'exercises', exercise, 'solution');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const file = `exercises/${exercise}/solution/${name}`;
      const lines = distinctiveLines(readFileSync(join(root, file), 'utf8'), published);
      if (lines.length < min) {
        throw new Error(`${file} has only ${lines.length} lines of its own (${min} needed) to look for in the build`);
      }
      probes.push({ exercise, file, lines });
    }
  }
  return probes;
}

/** Where each of a probe's lines occurs in the built files: line -> files containing it (empty when absent). */
export function whereFound(probe: SolutionProbe, texts: Map<string, string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const line of probe.lines) {
    const needle = normalise(line);
    found.set(line, [...texts].filter(([, text]) => text.includes(needle)).map(([file]) => file));
  }
  return found;
}
