/**
 * Grader for exercise 32 (allowed depth). A learner's L is judged by its defining property, in log space:
 * L · ln F_layer ≥ ln target and (L + 1) · ln F_layer < ln target, with ln F_layer = Σ log1p(−eᵢ); the expected value
 * shown in messages is floor(ln target / ln F_layer). Every case is built to keep that ratio at least 1e-3 from a whole
 * number (the grader refuses its own case otherwise), so rounding cannot decide the verdict.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { intIn, mulberry32, uniformIn } from '../../src/lib/exercises/grading/prng';
import { fail, pass, show } from '../../src/lib/exercises/grading/check-kit';

export interface AllowedDepthModule {
  maxDepth(layerErrors: number[], target: number): Promise<unknown>;
}
interface Case { errors: number[]; target: number; label: string }

const lnLayer = (errors: number[]) => errors.reduce((s, e) => s + Math.log1p(-e), 0);

function expected({ errors, target }: Case): number {
  const lf = lnLayer(errors);
  if (lf === 0) return Infinity;
  const ratio = Math.log(target) / lf;
  if (target < 1 && Math.abs(ratio - Math.round(ratio)) < 1e-3) throw new Error(`grader case too close to a tie: ${ratio}`);
  return Math.max(0, Math.floor(ratio));
}

/** Whether L is the largest whole depth keeping the target. */
function isLargest(L: number, { errors, target }: Case): boolean {
  const lf = lnLayer(errors);
  const lt = Math.log(target);
  if (lf === 0) return L === Infinity;
  return Number.isInteger(L) && L >= 0 && L * lf >= lt && (L + 1) * lf < lt;
}

const describe = ({ errors, target }: Case) => `layer errors ${show(errors)}, target ${show(target)}`;

async function compare(m: AllowedDepthModule, cases: Case[], hint: string): Promise<CheckResult | null> {
  for (const c of cases) {
    const want = expected(c);
    const got = await m.maxDepth(c.errors.slice(), c.target);
    if (typeof got !== 'number' || !isLargest(got, c)) {
      const why = typeof got === 'number' && Number.isInteger(got) && got >= 0 && want !== Infinity
        ? got > want ? ` At ${got} layers the fidelity would be ${show(Math.exp(got * lnLayer(c.errors)))}, below the target.` : ` ${got + 1} layers would still keep the target.`
        : '';
      return fail(`${c.label} (${describe(c)}): the depth is wrong.${why} ${hint}`, show(want), show(got));
    }
  }
  return null;
}

const oneGate: Check<AllowedDepthModule> = {
  id: 'one-gate-layer',
  title: 'One gate per layer: the largest depth that keeps the target',
  points: 1,
  async run(m) {
    const cases = [
      { errors: [0.1], target: 0.5, label: 'A 10 % gate, target 50 %' },
      { errors: [0.01], target: 0.9, label: 'A 1 % gate, target 90 %' },
    ];
    return (await compare(m, cases, 'Round down: 0.9⁶ ≈ 0.531 keeps 50 % but 0.9⁷ ≈ 0.478 does not, so the answer is 6.'))
      ?? pass('0.9⁶ ≈ 0.53 ≥ 0.5 > 0.9⁷: six layers.');
  },
};

const wholeLayer: Check<AllowedDepthModule> = {
  id: 'whole-layer',
  title: 'A layer\'s fidelity is the product over all its gates',
  points: 1,
  async run(m) {
    const cases = [
      { errors: [1.8e-3, 1.8e-3, 1.8e-3, 1.8e-3], target: 0.5, label: 'Four CNOTs at ibm_kingston\'s 1.8e-3' },
      { errors: [0.01, 0.01, 0.002, 0.002], target: 0.5, label: 'Two gates at 1 % and two at 0.2 %' },
    ];
    return (await compare(m, cases, 'Every gate of the layer must succeed: F_layer = Π(1 − eᵢ) over the whole list, not the error of one gate.'))
      ?? pass('Four CNOTs at 1.8e-3 per layer: 96 layers for F ≥ 0.5.');
  },
};

const largeErrors: Check<AllowedDepthModule> = {
  id: 'large-errors',
  title: 'Large errors: exact logarithms, not the sum of errors',
  points: 1,
  requires: ['one-gate-layer'],
  async run(m) {
    const cases = [
      { errors: [0.2, 0.3], target: 0.01, label: 'Gates at 20 % and 30 %' },
      { errors: [0.5], target: 0.1, label: 'A 50 % gate' },
    ];
    return (await compare(m, cases, 'ln(1 − e) ≈ −e only for small e: ln(0.5) = −0.693, not −0.5. Use ln F_layer = Σ ln(1 − eᵢ).'))
      ?? pass('At 20 % and 30 % errors, 7 layers keep 1 %; the sum of errors would have said 9.');
  },
};

const tinyErrors: Check<AllowedDepthModule> = {
  id: 'tiny-errors',
  title: 'Tiny errors: depths in the tens of billions',
  points: 1,
  requires: ['one-gate-layer'],
  async run(m) {
    const cases = [
      { errors: Array(10).fill(1e-12), target: 0.5, label: 'Ten gates at 1e-12' },
      { errors: [3e-11, 5e-12], target: 0.9, label: 'Gates at 3e-11 and 5e-12' },
    ];
    return (await compare(m, cases, 'In floating point 1 − 1e-12 is already rounded, so Math.log(1 − e) keeps only a few digits of e; Math.log1p(−e) keeps them all.'))
      ?? pass('Ten gates at 1e-12 allow about 6.9 × 10¹⁰ layers, to the last one.');
  },
};

const edgeCases: Check<AllowedDepthModule> = {
  id: 'edge-cases',
  title: 'Perfect layers, target 1, and a target above one layer',
  points: 2,
  async run(m) {
    const cases = [
      { errors: [0.01], target: 1, label: 'Target 1 with a 1 % gate' },
      { errors: [0.01], target: 0.995, label: 'A target above the fidelity of a single layer (0.99)' },
      { errors: [], target: 0.5, label: 'An empty layer' },
      { errors: [0, 0], target: 0.5, label: 'A layer of perfect gates' },
      { errors: [], target: 1, label: 'An empty layer and target 1' },
    ];
    return (await compare(m, cases, 'A layer without error never loses fidelity, so every depth is allowed: return Infinity (ln F_layer = 0 must not be divided by). With any error, target 1 allows 0 layers, and so does a target above F_layer.'))
      ?? pass('Perfect layers give Infinity; target 1 or a target above one layer gives 0.');
  },
};

const randomLayers: Check<AllowedDepthModule> = {
  id: 'random-layers',
  title: 'Random layers and targets',
  points: 1,
  requires: ['one-gate-layer', 'whole-layer'],
  async run(m) {
    const rng = mulberry32(32);
    const cases: Case[] = [];
    while (cases.length < 25) {
      const errors = Array.from({ length: intIn(rng, 1, 12) }, () => 10 ** uniformIn(rng, -6, -0.5));
      const target = uniformIn(rng, 0.01, 0.99);
      const ratio = Math.log(target) / lnLayer(errors);
      if (Math.abs(ratio - Math.round(ratio)) < 1e-3) continue;
      cases.push({ errors, target, label: `Random layer ${cases.length + 1}` });
    }
    return (await compare(m, cases, 'L = floor(ln target / Σ ln(1 − eᵢ)).')) ?? pass('25 random layers give the largest depth that keeps the target.');
  },
};

export const grader: Grader<AllowedDepthModule> = { exerciseId: '32-allowed-depth', checks: [oneGate, wholeLayer, largeErrors, tinyErrors, edgeCases, randomLayers] };
