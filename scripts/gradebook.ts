// `npm run gradebook -- <folder>`: grades every learner's submission in <folder> with the same checks as
// `npm run grade`, and writes gradebook.csv and gradebook.json there.
//
// <folder>/<learner>/ holds that learner's exercise files laid out like exercises/ (e.g. alice/01-sampler/sampler.ts);
// <folder>/<learner>.zip holds the same, with or without one wrapping folder.
// Each exercise of each learner runs in its own child process with a time and memory limit; a submission that
// crashes, loops, is missing or does not parse is reported as such and never stops the others.
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exerciseSchema } from '../src/lib/exercises/schema';
import { gradeInChild, type ChildOutcome } from './lib/grade-child';
import { unzipSubmission } from './lib/unzip-submission';
import { EXERCISES } from '../tests/graders/registry';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--'));
const timeLimitMs = Number(args.find((a) => a.startsWith('--time-limit='))?.slice(13) ?? 30_000);
const memoryMb = Number(args.find((a) => a.startsWith('--memory-mb='))?.slice(12) ?? 512);
const parallel = Math.max(1, Number(args.find((a) => a.startsWith('--jobs='))?.slice(7) ?? 2));
if (!folder || !existsSync(folder)) {
  console.error('Usage: npm run gradebook -- <folder> [--time-limit=30000] [--memory-mb=512] [--jobs=2]\n<folder>/<learner>/<exercise-id>/<file>.ts, one subfolder (or <learner>.zip) per learner.');
  process.exit(2);
}

const exercises = readdirSync('exercises')
  .filter((d) => existsSync(join('exercises', d, 'exercise.json')))
  .map((d) => exerciseSchema.parse(JSON.parse(readFileSync(join('exercises', d, 'exercise.json'), 'utf8'))))
  .sort((a, b) => a.order - b.order);
/** Each learner's name and where their files are (a subfolder, or a zip unpacked to a temporary folder). */
const submissions = readdirSync(folder)
  .flatMap((d) => {
    const path = join(folder, d);
    if (statSync(path).isDirectory()) return [{ learner: d, root: path as string | null, problem: '', temporary: false }];
    if (!/\.zip$/i.test(d)) return [];
    const unzipped = unzipSubmission(path);
    return [{ learner: d.replace(/\.zip$/i, ''), root: unzipped.ok ? unzipped.root : null, problem: unzipped.ok ? '' : unzipped.message, temporary: unzipped.ok }];
  })
  .sort((a, b) => a.learner.localeCompare(b.learner));
const learners = submissions.map((s) => s.learner);

export interface GradebookRow {
  learner: string;
  exercise: string;
  check: string;
  status: 'pass' | 'fail' | 'missing' | 'load-error' | 'timeout' | 'crashed';
  points: number;
  earned: number;
  message: string;
}

function rowsFor(learner: string, exercise: string, out: ChildOutcome, max: number): GradebookRow[] {
  if (out.results) {
    return out.results.map((r) => ({
      learner, exercise, check: r.id, status: r.pass ? 'pass' : 'fail', points: r.points, earned: r.earned,
      message: r.pass ? r.message : [r.message, r.expected && `expected ${r.expected}`, r.actual && `actual ${r.actual}`].filter(Boolean).join(' | '),
    }));
  }
  const status = out.missing ? 'missing' : out.loadError ? 'load-error' : out.timedOut ? 'timeout' : 'crashed';
  return [{ learner, exercise, check: '*', status, points: max, earned: 0, message: out.missing ?? out.loadError ?? out.crashed ?? '' }];
}

// Points per exercise, so a submission that could not be graded at all still counts against its total.
const maxPoints = new Map(EXERCISES.map((e) => [e.id, e.grader.checks.reduce((a, c) => a + c.points, 0)]));
const jobs = submissions.flatMap((s) => exercises.map((e) => ({ ...s, exercise: e.id })));
const results: GradebookRow[][] = new Array(jobs.length);
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const k = next++;
    const { learner, exercise, root, problem, temporary } = jobs[k]!;
    const out: ChildOutcome = root ? await gradeInChild(exercise, root, timeLimitMs, memoryMb) : { id: exercise, loadError: problem };
    results[k] = rowsFor(learner, exercise, out, maxPoints.get(exercise) ?? 0);
    // Messages name files by path: for a zip, say "alice.zip/01-sampler/…", not the temporary folder it was unpacked to.
    // The longer spelling goes first: from a deep working folder the relative path ("../../tmp/x") contains the absolute one.
    if (temporary && root) {
      for (const row of results[k]!) for (const p of [relative(process.cwd(), root), root].sort((a, b) => b.length - a.length)) row.message = row.message.split(p).join(`${learner}.zip`);
    }
    process.stderr.write(`graded ${learner} / ${exercise}: ${out.results ? `${out.score}/${out.max}` : rowsFor(learner, exercise, out, 0)[0]!.status}\n`);
  }
}
await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, worker));
const rows = results.flat();
for (const s of submissions) if (s.temporary && s.root) rmSync(s.root, { recursive: true, force: true });

const csvCell = (v: string | number) => {
  const s = String(v).replace(/\s*\n\s*/g, ' ');
  // Quote every text cell and neutralise leading = + - @ so a spreadsheet never runs a learner's text as a formula.
  return typeof v === 'number' ? s : `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};
const header: (keyof GradebookRow)[] = ['learner', 'exercise', 'check', 'status', 'points', 'earned', 'message'];
const csv = [header.join(','), ...rows.map((r) => header.map((h) => csvCell(r[h])).join(','))].join('\n') + '\n';
writeFileSync(join(folder, 'gradebook.csv'), csv);
writeFileSync(join(folder, 'gradebook.json'), JSON.stringify({ gradedAt: new Date().toISOString(), rows }, null, 2));

for (const learner of learners) {
  const mine = rows.filter((r) => r.learner === learner);
  console.log(`${learner}: ${mine.reduce((a, r) => a + r.earned, 0)}/${mine.reduce((a, r) => a + r.points, 0)} points`);
}
console.log(`Wrote ${join(folder, 'gradebook.csv')} and gradebook.json (${rows.length} rows).`);
