// `npm run grade`: grades the exercise files you edited. `npm run grade -- 02` grades one exercise,
// `npm run grade -- --watch` grades again whenever you save, `--list` (and `--list --json`) prints every exercise.
// Exit code 0 only when every check passes. Your code runs in a confined process (scripts/lib/grade-submission.ts);
// the checks and the results file are this process's alone.
import { mkdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gradeSubmission, type SubmissionOutcome } from './lib/grade-submission';
import { listExercises } from './lib/exercise-list';
import { checkConfinement, limitsFrom } from './lib/grade-options';

const HINTS_FILE = join('.grade', 'hints.json');
const args = process.argv.slice(2);
const watchMode = args.includes('--watch');
const root = args.find((a) => a.startsWith('--dir='))?.slice(6) ?? 'exercises';
const wanted = args.filter((a) => !a.startsWith('--'));
const all = await listExercises();

if (args.includes('--list')) {
  const rows = all.map(({ meta, grader, points }) => ({
    id: meta.id, order: meta.order, lesson: meta.lesson, kind: meta.kind, title: meta.title, points, files: meta.files,
    checks: grader.checks.map((c) => ({ id: c.id, title: c.title, points: c.points })),
  }));
  if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else for (const r of rows) console.log(`${r.id}  ${r.title}  (lesson ${r.lesson}, ${r.kind}, ${r.points} points, ${r.checks.length} checks: ${r.checks.map((c) => c.id).join(', ')})`);
  process.exit(0);
}

const selected = wanted.length ? all.filter(({ meta: e }) => wanted.some((w) => e.id === w || e.id.startsWith(w))) : all;
if (selected.length === 0) {
  console.error(`No exercise matches ${wanted.join(', ')}. Exercises: ${all.map((e) => e.meta.id).join(', ')}`);
  process.exit(2);
}
const limits = limitsFrom(args);
checkConfinement(args, false);

const color = process.stdout.isTTY ? (c: number, s: string) => `\x1b[${c}m${s}\x1b[0m` : (_c: number, s: string) => s;
const green = (s: string) => color(32, s);
const red = (s: string) => color(31, s);
const dim = (s: string) => color(2, s);

function loadHints(): Record<string, number> {
  try {
    const h = JSON.parse(readFileSync(HINTS_FILE, 'utf8')) as unknown;
    return typeof h === 'object' && h !== null ? (h as Record<string, number>) : {};
  } catch {
    return {};
  }
}

async function run(): Promise<boolean> {
  const hints = loadHints();
  const outcomes: { meta: (typeof all)[number]['meta']; points: number; out: SubmissionOutcome }[] = [];
  for (const e of selected) outcomes.push({ meta: e.meta, points: e.points, out: await gradeSubmission(e.meta, e.grader, root, limits) });
  let allPass = true;
  for (const { meta, out } of outcomes) {
    console.log(`\n${meta.id} — ${meta.title}  (${join(root, meta.id)}/${meta.files.join(', ')})`);
    if (!out.results) {
      allPass = false;
      console.log(red(`  ✗ ${out.loadError ?? out.missing}`));
      continue;
    }
    for (const r of out.results) {
      console.log(`  ${r.pass ? green('✓ PASS') : red('✗ FAIL')} ${r.title} ${dim(`(${r.earned}/${r.points})`)}`);
      if (!r.pass) {
        console.log(`      ${r.message}`);
        if (r.expected !== undefined) console.log(`      expected: ${r.expected}`);
        if (r.actual !== undefined) console.log(`      actual:   ${r.actual}`);
      }
    }
    console.log(`  score: ${out.score}/${out.max}`);
    if (out.score !== out.max) {
      allPass = false;
      const shown = Math.max(0, Math.floor(Number(hints[meta.id]) || 0));
      const hint = meta.hints[Math.min(shown, meta.hints.length - 1)]!;
      console.log(`  hint ${Math.min(shown + 1, meta.hints.length)}/${meta.hints.length}: ${hint}`);
      hints[meta.id] = Math.min(shown + 1, meta.hints.length);
    }
  }
  mkdirSync('.grade', { recursive: true });
  writeFileSync(HINTS_FILE, JSON.stringify(hints, null, 2));
  writeFileSync('grade-results.json', JSON.stringify({ gradedAt: new Date().toISOString(), exercises: outcomes.map((o) => o.out) }, null, 2));
  const total = outcomes.reduce((a, o) => a + (o.out.score ?? 0), 0);
  const max = outcomes.reduce((a, o) => a + o.points, 0);
  const checks = outcomes.flatMap((o) => o.out.results ?? []);
  console.log(`\n${allPass ? green('All checks pass.') : 'Not everything passes yet.'} Total ${total}/${max} points. Results written to grade-results.json.`);
  console.log(`${checks.filter((c) => c.pass).length} passed, ${checks.filter((c) => !c.pass).length + outcomes.filter((o) => !o.out.results).length} failed`);
  return allPass;
}

const ok = await run();
if (watchMode) {
  console.log(dim(`\nWatching ${root}/ for changes (Ctrl+C to stop)…`));
  let timer: NodeJS.Timeout | undefined;
  watch(root, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.clear();
      void run();
    }, 200);
  });
} else process.exit(ok ? 0 : 1);
