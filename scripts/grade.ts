// `npm run grade`: grades the exercise files you edited. `npm run grade -- 02` grades one exercise,
// `npm run grade -- --watch` grades again whenever you save. Exit code 0 only when every check passes.
import { existsSync, mkdirSync, readFileSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exerciseSchema, type ExerciseMeta } from '../src/lib/exercises/schema';
import { gradeInChild, type ChildOutcome } from './lib/grade-child';
import { EXERCISES } from '../tests/graders/registry';

const TIME_LIMIT_MS = Number(process.env.GRADE_TIME_LIMIT_MS ?? 60_000);
const HINTS_FILE = join('.grade', 'hints.json');
const args = process.argv.slice(2);
const watchMode = args.includes('--watch');
const root = args.find((a) => a.startsWith('--dir='))?.slice(6) ?? 'exercises';
const wanted = args.filter((a) => !a.startsWith('--'));

const all: ExerciseMeta[] = readdirSync('exercises')
  .filter((d) => existsSync(join('exercises', d, 'exercise.json')))
  .map((d) => exerciseSchema.parse(JSON.parse(readFileSync(join('exercises', d, 'exercise.json'), 'utf8'))))
  .sort((a, b) => a.order - b.order);
const selected = wanted.length ? all.filter((e) => wanted.some((w) => e.id === w || e.id.startsWith(`${w}-`) || e.id.startsWith(w))) : all;
if (selected.length === 0) {
  console.error(`No exercise matches ${wanted.join(', ')}. Exercises: ${all.map((e) => e.id).join(', ')}`);
  process.exit(2);
}

const color = process.stdout.isTTY ? (c: number, s: string) => `\x1b[${c}m${s}\x1b[0m` : (_c: number, s: string) => s;
const green = (s: string) => color(32, s);
const red = (s: string) => color(31, s);
const dim = (s: string) => color(2, s);

function gradeOne(id: string): Promise<ChildOutcome> {
  return gradeInChild(id, root, TIME_LIMIT_MS);
}

function loadHints(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(HINTS_FILE, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

async function run(): Promise<boolean> {
  const hints = loadHints();
  const outcomes = [];
  for (const e of selected) outcomes.push({ meta: e, out: await gradeOne(e.id) });
  let allPass = true;
  for (const { meta, out } of outcomes) {
    console.log(`\n${meta.id} — ${meta.title}  (exercises/${meta.id}/${meta.files.join(', ')})`);
    if (out.loadError || out.crashed || out.missing) {
      allPass = false;
      console.log(red(`  ✗ ${out.loadError ?? out.crashed ?? out.missing}`));
      continue;
    }
    for (const r of out.results!) {
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
      const shown = hints[meta.id] ?? 0;
      const hint = meta.hints[Math.min(shown, meta.hints.length - 1)]!;
      console.log(`  hint ${Math.min(shown + 1, meta.hints.length)}/${meta.hints.length}: ${hint}`);
      hints[meta.id] = Math.min(shown + 1, meta.hints.length);
    }
  }
  mkdirSync('.grade', { recursive: true });
  writeFileSync(HINTS_FILE, JSON.stringify(hints, null, 2));
  writeFileSync('grade-results.json', JSON.stringify({ gradedAt: new Date().toISOString(), exercises: outcomes.map((o) => o.out) }, null, 2));
  const total = outcomes.reduce((a, o) => a + (o.out.score ?? 0), 0);
  const max = outcomes.reduce((a, o) => a + (EXERCISES.find((e) => e.id === o.meta.id)?.grader.checks.reduce((s, c) => s + c.points, 0) ?? 0), 0);
  const checks = outcomes.flatMap((o) => o.out.results ?? []);
  console.log(`\n${allPass ? green('All checks pass.') : 'Not everything passes yet.'} Total ${total}/${max} points. Results written to grade-results.json.`);
  console.log(`${checks.filter((c) => c.pass).length} passed, ${checks.filter((c) => !c.pass).length + outcomes.filter((o) => !o.out.results).length} failed`);
  return allPass;
}

const ok = await run();
if (watchMode) {
  console.log(dim('\nWatching exercises/ for changes (Ctrl+C to stop)…'));
  let timer: NodeJS.Timeout | undefined;
  watch(root, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.clear();
      void run();
    }, 200);
  });
} else process.exit(ok ? 0 : 1);
