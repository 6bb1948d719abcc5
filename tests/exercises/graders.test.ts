// The graders' own tests, rustlings-style and more, for every exercise in the registry: the reference solution passes
// every check, the untouched starter fails, every mutant (a real learner mistake, in mutants/) is rejected by the check
// exercise.json's `proof` names for it and not blamed on checks for other mistakes, and every alternate (a correct
// solution written another way, in alternates/) passes. A grader that fails either way is a broken grader.
import { describe, expect, it } from 'vitest';
import { runChecks, type Grader } from '../../src/lib/exercises/types';
import { localOpener } from '../../src/lib/exercises/sandbox/open-learner';
import { REGISTRY } from '../../src/lib/exercises/registry-vite';

const modules = import.meta.glob<Record<string, unknown>>(['/exercises/*/*.ts', '/exercises/*/solution/*.ts', '/exercises/*/mutants/*.ts', '/exercises/*/alternates/*.ts']);

const sources = import.meta.glob<string>(['/exercises/*/solution/*.ts', '/exercises/*/alternates/*.ts'], { query: '?raw', import: 'default', eager: true });
/** The functions a file defines itself (not re-exports or constants): `export function f`, `export const f = (…) =>`. */
const ownFunctions = (code: string) => [
  ...[...code.matchAll(/^export\s+(?:async\s+)?function\*?\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!),
  ...[...code.matchAll(/^export\s+const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s*)?(?:\(|function\b|[A-Za-z_$][\w$]*\s*=>)/gm)].map((m) => m[1]!),
];

const MIN_MUTANTS = 3;
const MIN_ALTERNATES = 2;

function variants(kind: 'mutants' | 'alternates', id: string) {
  return Object.entries(modules)
    .filter(([path]) => path.startsWith(`/exercises/${id}/${kind}/`))
    .map(([path, load]) => ({ name: path.split('/').pop()!.replace(/\.ts$/, ''), load }));
}
const failures = (results: { pass: boolean; id: string; message: string; expected?: string; actual?: string }[]) =>
  results.filter((r) => !r.pass).map((r) => `${r.id}: ${r.message} expected ${r.expected} got ${r.actual}`);

describe.each(REGISTRY.map((e) => [e.meta.id, e] as const))('exercise %s', (id, entry) => {
  const file = entry.meta.files[0]!;
  const starter = modules[`/exercises/${id}/${file}`];
  const solution = modules[`/exercises/${id}/solution/${file}`];
  const grader = () => entry.loadGrader() as Promise<Grader<unknown>>;
  const proof = entry.meta.proof;

  it('has its starter and its reference solution, file for file', () => {
    expect(starter, `exercises/${id}/${file}`).toBeDefined();
    expect(solution, `exercises/${id}/solution/${file}`).toBeDefined();
  });

  it('the reference solution passes every check', async () => {
    const { results } = await runChecks(await grader(), localOpener(await solution!()));
    expect(failures(results)).toEqual([]);
  });

  it('the untouched starter fails', async () => {
    const { results, score } = await runChecks(await grader(), localOpener(await starter!()));
    expect(results.some((r) => !r.pass)).toBe(true);
    expect(score).toBe(0);
  });

  const mutants = variants('mutants', id);
  it(`has at least ${MIN_MUTANTS} mutants, each with the check that must catch it, and names only checks that exist`, async () => {
    expect(mutants.length).toBeGreaterThanOrEqual(MIN_MUTANTS);
    for (const m of mutants) expect(Object.keys(proof.mutants), `exercise.json proof.mutants lists no check for mutant ${m.name}`).toContain(m.name);
    for (const name of Object.keys(proof.mutants)) expect(mutants.map((m) => m.name), `proof.mutants names ${name}, which is not in mutants/`).toContain(name);
    const ids = (await grader()).checks.map((c) => c.id);
    for (const check of [...Object.values(proof.mutants), ...Object.values(proof.notBlamedBy).flat()]) expect(ids).toContain(check);
  });
  it.each(mutants.map((m) => [m.name, m] as const))('mutant "%s" is rejected by the check named for it', async (name, m) => {
    // Only that check and those it builds on are run: they are all its verdict depends on (runChecks grades in order,
    // and `requires` looks only at checks before it), and the rest of the grader would cost time and prove nothing here.
    const g = await grader();
    const expectedCheck = proof.mutants[name]!;
    const needed = new Set<string>();
    const visit = (id: string) => {
      if (needed.has(id)) return;
      needed.add(id);
      for (const r of g.checks.find((c) => c.id === id)?.requires ?? []) visit(r);
    };
    visit(expectedCheck);
    const { results } = await runChecks({ ...g, checks: g.checks.filter((c) => needed.has(c.id)) }, localOpener(await m.load()));
    const r = results.find((x) => x.id === expectedCheck);
    expect(r, `check ${expectedCheck} exists`).toBeDefined();
    expect(r!.pass, `${expectedCheck} should fail for ${name}`).toBe(false);
    // Caught by the check itself, not only held back because a check it builds on failed.
    expect(r!.message, `${expectedCheck} should catch ${name} itself`).not.toMatch(/^Not graded yet/);
    expect(r!.message.length).toBeGreaterThan(20);
  });
  it.each(Object.entries(proof.notBlamedBy))('mutant "%s" is not blamed by checks for other mistakes', async (name, ids) => {
    const m = mutants.find((x) => x.name === name);
    expect(m, `mutant ${name} exists`).toBeDefined();
    const { results } = await runChecks(await grader(), localOpener(await m!.load()));
    for (const check of ids) expect(results.find((x) => x.id === check)?.pass, `${check} should pass for ${name}`).toBe(true);
  });

  const alternates = variants('alternates', id);
  it(`has at least ${MIN_ALTERNATES} alternates`, () => expect(alternates.length).toBeGreaterThanOrEqual(MIN_ALTERNATES));
  it(`writes every function of the reference again, its own way, in at least ${MIN_ALTERNATES} alternates`, () => {
    const wanted = ownFunctions(sources[`/exercises/${id}/solution/${file}`] ?? '');
    expect(wanted.length).toBeGreaterThan(0);
    for (const fn of wanted) {
      const writers = alternates.filter((a) => ownFunctions(sources[`/exercises/${id}/alternates/${a.name}.ts`] ?? '').includes(fn));
      expect(writers.length, `${fn} is written again only by [${writers.map((a) => a.name).join(', ')}]`).toBeGreaterThanOrEqual(MIN_ALTERNATES);
    }
  });
  it.each(alternates.map((a) => [a.name, a] as const))('alternate "%s" passes every check', async (_name, a) => {
    const { results } = await runChecks(await grader(), localOpener(await a.load()));
    expect(failures(results)).toEqual([]);
  });
});
