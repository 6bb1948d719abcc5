// `npm run gradebook -- <folder>`: grades every learner's submission in <folder> with the same checks as
// `npm run grade`, and writes gradebook.csv and gradebook.json there, and the same totals in Canvas's and Moodle's
// grade-import formats (gradebook-canvas.csv, gradebook-moodle.csv; scripts/lib/lms-gradebook.ts).
//
// <folder>/<learner>/ holds that learner's exercise files laid out like exercises/ (e.g. alice/01-sampler/sampler.ts);
// <folder>/<learner>.zip holds the same, with or without one wrapping folder.
// Submissions are other people's code: each check of each learner runs in a confined process of its own
// (scripts/lib/grade-submission.ts); this process alone runs the checks and writes the gradebook. Whatever a
// submission does (crash, loop, flood, a hostile zip) becomes that learner's rows, and the class run goes on.
import { existsSync, lstatSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gradeSubmission, type SubmissionOutcome } from './lib/grade-submission';
import { listExercises } from './lib/exercise-list';
import { checkConfinement, limitsFrom } from './lib/grade-options';
import { unzipSubmission } from './lib/unzip-submission';
import { csvCell } from './lib/csv-cell';
import { lmsGradebooks, parseRoster, type RosterEntry } from './lib/lms-gradebook';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--'));
const parallel = Math.max(1, Math.floor(Number(args.find((a) => a.startsWith('--jobs='))?.slice(7) ?? 2)) || 1);
if (!folder || !existsSync(folder)) {
  console.error('Usage: npm run gradebook -- <folder> [--roster=<file.csv>] [--time-limit=30000] [--memory-mb=3072] [--jobs=2] [--accept-risk]\n<folder>/<learner>/<exercise-id>/<file>.ts, one subfolder (or <learner>.zip) per learner.');
  process.exit(2);
}
// The roster is read before any grading, so a mistake in it costs seconds, not a class run.
const rosterPath = args.find((a) => a.startsWith('--roster='))?.slice(9);
let roster: Map<string, RosterEntry> | undefined;
if (rosterPath !== undefined) {
  const read = existsSync(rosterPath) ? parseRoster(readFileSync(rosterPath, 'utf8')) : { ok: false as const, message: 'no such file' };
  if (!read.ok) {
    console.error(`--roster=${rosterPath}: ${read.message}`);
    process.exit(2);
  }
  roster = read.roster;
}
const OUTPUTS = new Set(['gradebook.csv', 'gradebook.json', 'gradebook-canvas.csv', 'gradebook-moodle.csv']);
const limits = limitsFrom(args);
checkConfinement(args, true);
const exercises = await listExercises();

interface Submission {
  learner: string;
  /** Where the files are, or null when the submission cannot be graded (then `problem` says why). */
  root: string | null;
  /** How messages name the submission: "alice" for a folder, "alice.zip" for a zip. */
  shown: string;
  problem: string;
  temporary: boolean;
}

/** Each learner's name and where their files are (a subfolder, or a zip unpacked to a temporary folder). */
function findSubmissions(): Submission[] {
  const found: Submission[] = [];
  for (const d of readdirSync(folder!)) {
    if (OUTPUTS.has(d)) continue;
    const path = join(folder!, d);
    const st = lstatSync(path);
    if (st.isDirectory()) found.push({ learner: d, root: path, shown: relative(process.cwd(), path) || d, problem: '', temporary: false });
    else if (/\.zip$/i.test(d) && st.isFile()) {
      const learner = d.replace(/\.zip$/i, '');
      const unzipped = unzipSubmission(path);
      found.push({ learner, root: unzipped.ok ? unzipped.root : null, shown: d, problem: unzipped.ok ? '' : unzipped.message, temporary: unzipped.ok });
    } else if (st.isSymbolicLink()) found.push({ learner: d.replace(/\.zip$/i, ''), root: null, shown: d, problem: `${d} is a link; hand in a folder or a zip`, temporary: false });
  }
  // One learner, two submissions (alice/ and alice.zip): grading either would be a guess.
  const byName = new Map<string, Submission[]>();
  for (const s of found) byName.set(s.learner, [...(byName.get(s.learner) ?? []), s]);
  const out: Submission[] = [];
  for (const [learner, subs] of byName) {
    if (subs.length === 1) out.push(subs[0]!);
    else {
      for (const s of subs) if (s.temporary && s.root) rmSync(s.root, { recursive: true, force: true });
      out.push({ learner, root: null, shown: learner, problem: `${learner} handed in ${subs.map((s) => s.shown).join(' and ')}; keep one and grade again`, temporary: false });
    }
  }
  return out.sort((a, b) => a.learner.localeCompare(b.learner));
}

export interface GradebookRow {
  learner: string;
  exercise: string;
  check: string;
  status: 'pass' | 'fail' | 'missing' | 'load-error' | 'timeout' | 'crashed';
  points: number;
  earned: number;
  message: string;
}

function rowsFor(learner: string, exercise: string, out: SubmissionOutcome, max: number): GradebookRow[] {
  if (out.results) {
    return out.results.map((r) => ({
      learner, exercise, check: r.id,
      status: r.pass ? 'pass' : r.stopped === 'cpu' || r.stopped === 'wall' ? 'timeout' : r.stopped ? 'crashed' : 'fail',
      points: r.points, earned: r.earned,
      message: r.pass ? r.message : [r.message, r.expected && `expected ${r.expected}`, r.actual && `actual ${r.actual}`].filter(Boolean).join(' | '),
    }));
  }
  return [{ learner, exercise, check: '*', status: out.missing ? 'missing' : 'load-error', points: max, earned: 0, message: out.missing ?? out.loadError ?? '' }];
}

const submissions = findSubmissions();
const cleanUp = () => {
  for (const s of submissions) if (s.temporary && s.root) rmSync(s.root, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

const jobs = submissions.flatMap((s) => exercises.map((e) => ({ s, e })));
const results: GradebookRow[][] = new Array(jobs.length);
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const k = next++;
    const { s, e } = jobs[k]!;
    let out: SubmissionOutcome;
    try {
      out = s.root ? await gradeSubmission(e.meta, e.grader, s.root, limits, s.shown) : { id: e.meta.id, loadError: s.problem };
    } catch (err) {
      // A fault of the grader's own (not of learner code, which cannot reach this process) still stays on one row.
      out = { id: e.meta.id, loadError: `could not be graded: ${err instanceof Error ? err.message : String(err)}` };
    }
    results[k] = rowsFor(s.learner, e.meta.id, out, e.points);
    process.stderr.write(`graded ${s.learner} / ${e.meta.id}: ${out.results ? `${out.score}/${out.max}` : results[k]![0]!.status}\n`);
  }
}
try {
  await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, worker));
} finally {
  cleanUp();
}
const rows = results.flat();

const header: (keyof GradebookRow)[] = ['learner', 'exercise', 'check', 'status', 'points', 'earned', 'message'];
const csv = [header.join(','), ...rows.map((r) => header.map((h) => csvCell(r[h])).join(','))].join('\n') + '\n';
writeFileSync(join(folder, 'gradebook.csv'), csv);
writeFileSync(join(folder, 'gradebook.json'), JSON.stringify({ gradedAt: new Date().toISOString(), rows }, null, 2));
const lms = lmsGradebooks(rows, exercises.map((e) => ({ id: e.meta.id, title: e.meta.title, points: e.points })), roster);
writeFileSync(join(folder, 'gradebook-canvas.csv'), lms.canvas);
writeFileSync(join(folder, 'gradebook-moodle.csv'), lms.moodle);
if (lms.unknown.length) console.warn(`Not in the roster, so left out of gradebook-canvas.csv and gradebook-moodle.csv: ${lms.unknown.join(', ')}`);

for (const s of submissions) {
  const mine = rows.filter((r) => r.learner === s.learner);
  console.log(`${s.learner}: ${mine.reduce((a, r) => a + r.earned, 0)}/${mine.reduce((a, r) => a + r.points, 0)} points`);
}
console.log(`Wrote ${join(folder, 'gradebook.csv')} and gradebook.json (${rows.length} rows), gradebook-canvas.csv and gradebook-moodle.csv (one row per learner).`);
