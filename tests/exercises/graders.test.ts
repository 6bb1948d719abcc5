// The graders' own tests, rustlings-style and more: every reference solution passes every check, every untouched
// starter fails, every mutant (a known mistake) is rejected by the check named for it, and every alternate
// (a correct solution written another way) passes. A grader that fails either way is a broken grader.
import { describe, expect, it } from 'vitest';
import { runChecks, type Grader } from '../../src/lib/exercises/types';
import { localOpener } from '../../src/lib/exercises/sandbox/open-learner';
import { EXERCISES } from '../graders/registry';

const modules = import.meta.glob<Record<string, unknown>>(['../mutants/*/*.ts', '../alternates/*/*.ts']);

function variants(kind: 'mutants' | 'alternates', id: string) {
  return Object.entries(modules)
    .filter(([path]) => path.startsWith(`../${kind}/${id}/`))
    .map(([path, load]) => ({ name: path.split('/').pop()!.replace(/\.ts$/, ''), load }));
}

describe.each(EXERCISES.map((e) => [e.id, e] as const))('exercise %s', (_id, ex) => {
  const grader = ex.grader as Grader<unknown>;

  it('the reference solution passes every check', async () => {
    const { results } = await runChecks(grader, localOpener(await ex.solution() as Record<string, unknown>));
    expect(results.filter((r) => !r.pass).map((r) => `${r.id}: ${r.message} expected ${r.expected} got ${r.actual}`)).toEqual([]);
  });

  it('the untouched starter fails', async () => {
    const { results, score } = await runChecks(grader, localOpener(await ex.starter() as Record<string, unknown>));
    expect(results.some((r) => !r.pass)).toBe(true);
    expect(score).toBe(0);
  });

  const mutants = variants('mutants', ex.id);
  it('has at least 5 mutants, each expecting a named check to catch it', () => {
    expect(mutants.length).toBeGreaterThanOrEqual(5);
    for (const m of mutants) expect(Object.keys(ex.mutantCaughtBy), `no expected check listed for mutant ${m.name}`).toContain(m.name);
  });
  it.each(mutants.map((m) => [m.name, m] as const))('mutant "%s" is rejected by the check named for it', async (name, m) => {
    const { results } = await runChecks(grader, localOpener(await m.load()));
    const expectedCheck = ex.mutantCaughtBy[name]!;
    const r = results.find((x) => x.id === expectedCheck);
    expect(r, `check ${expectedCheck} exists`).toBeDefined();
    expect(r!.pass, `${expectedCheck} should fail for ${name}`).toBe(false);
    expect(r!.message.length).toBeGreaterThan(20);
  });
  it.each(Object.entries(ex.mutantNotBlamedBy ?? {}))('mutant "%s" is not blamed by checks for other mistakes', async (name, ids) => {
    const m = mutants.find((x) => x.name === name);
    expect(m, `mutant ${name} exists`).toBeDefined();
    const { results } = await runChecks(grader, localOpener(await m!.load()));
    for (const id of ids) expect(results.find((x) => x.id === id)?.pass, `${id} should pass for ${name}`).toBe(true);
  });

  const alternates = variants('alternates', ex.id);
  it('has at least 2 alternates', () => expect(alternates.length).toBeGreaterThanOrEqual(2));
  it.each(alternates.map((a) => [a.name, a] as const))('alternate "%s" passes every check', async (_name, a) => {
    const { results } = await runChecks(grader, localOpener(await a.load()));
    expect(results.filter((r) => !r.pass).map((r) => `${r.id}: ${r.message} expected ${r.expected} got ${r.actual}`)).toEqual([]);
  });
});
