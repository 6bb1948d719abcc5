/**
 * Grader for exercise 18 (the Born machine's MMD loss). Expected values are computed here as the expanded form
 * E_{p,p}K − 2 E_{p,q}K + E_{q,q}K with a kernel table by Hamming distance (distances counted from the bits written
 * as a string), a different route from the learner's (p − q)ᵀK(p − q). Distributions come from fixed seeds.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { intIn, mulberry32, type Rng } from '../../src/lib/exercises/grading/prng';
import { close, fail, finiteNumber, isResult, pass, remote, sameNumbers, show } from '../../src/lib/exercises/grading/check-kit';

export interface LossModule {
  mmdLoss(p: number[], q: number[], sigmas: number[]): Promise<unknown>;
}

const TOL = 1e-10;
const LESSON = [0.5, 1, 2, 4];

const distance = (x: number, y: number) => [...(x ^ y).toString(2)].filter((b) => b === '1').length;
/** K as a function of the Hamming distance, for the lesson's form or a mistaken one. */
const kernelOf = (sigmas: number[], width: (s: number) => number = (s) => 2 * s) => (d: number) => sigmas.reduce((a, s) => a + Math.exp(-d / width(s)), 0) / sigmas.length;

/** Σ_x Σ_y a(x) K(d(x, y)) b(y). */
function pairSum(a: number[], b: number[], k: (d: number) => number): number {
  let s = 0;
  for (let x = 0; x < a.length; x++) {
    if (a[x] === 0) continue;
    for (let y = 0; y < b.length; y++) if (b[y] !== 0) s += a[x]! * k(distance(x, y)) * b[y]!;
  }
  return s;
}
const expanded = (p: number[], q: number[], k: (d: number) => number, cross = 2) => pairSum(p, p, k) - cross * pairSum(p, q, k) + pairSum(q, q, k);

/** The values of the usual mistakes, so a failure can say which one it looks like. */
function diagnose(got: number, p: number[], q: number[], sigmas: number[]): string {
  const k = kernelOf(sigmas);
  const want = expanded(p, q, k);
  const near = (v: number) => close(got, v, 1e-9) && !close(v, want, 1e-9);
  if (near(expanded(p, q, k, 1))) return ' Your value is pᵀKp − pᵀKq + qᵀKq: expanding the square gives the cross term twice, −2 pᵀKq.';
  if (near(p.reduce((s, px, x) => s + (px - q[x]!) ** 2, 0))) return ' Your value is Σ (p − q)², with no kernel: each pair of outcomes x, y adds (p − q)(x) K(x, y) (p − q)(y).';
  if (near(expanded(p, q, kernelOf(sigmas, (s) => 2 * s * s)))) return ' Your kernel uses exp(−d/(2σ²)); the lesson divides by 2σ, with σ itself.';
  if (near(expanded(p, q, kernelOf(sigmas)) * sigmas.length)) return ` Your value is the sum over the ${sigmas.length} bandwidths: K is their mean.`;
  if (near(Math.sqrt(want))) return ' Your value is the square root: the loss is MMD², not MMD.';
  return '';
}

async function lossCase(m: LossModule, p: number[], q: number[], sigmas: number[], label: string): Promise<CheckResult | null> {
  const want = Math.max(0, expanded(p, q, kernelOf(sigmas)));
  const got = finiteNumber(await m.mmdLoss(p, q, sigmas), `mmdLoss(${label})`);
  if (isResult(got)) return got;
  if (!close(got, want, TOL)) return fail(`mmdLoss(${label}) is off by more than ${TOL}.${diagnose(got, p, q, sigmas)}`, show(want, 10), show(got, 10));
  return null;
}

const pointMass = (size: number, x: number) => Array.from({ length: size }, (_, i) => (i === x ? 1 : 0));
const list = (a: number[]) => `[${a.join(', ')}]`;

const pointMasses: Check<LossModule> = {
  id: 'point-masses',
  title: 'Two certain outcomes: L = 2 − 2K(x, y)',
  points: 1,
  async run(m) {
    for (const [x, y] of [[0b0000, 0b0001], [0b0011, 0b1100], [0b0101, 0b0101], [0b0000, 0b1111], [0b0110, 0b1000]] as const) {
      const r = await lossCase(m, pointMass(16, x), pointMass(16, y), LESSON, `all probability on ${x.toString(2).padStart(4, '0')} against all on ${y.toString(2).padStart(4, '0')}, σ = ${list(LESSON)}`);
      if (r) return r;
    }
    return pass('Point masses one pixel apart give 2 − 2K(1) ≈ 0.682; on the same image, 0.');
  },
};

const bandwidths: Check<LossModule> = {
  id: 'bandwidths',
  title: 'Other bandwidths: exp(−d/(2σ)), averaged',
  points: 1,
  async run(m) {
    const cases: [number, number, number[]][] = [[0b000, 0b011, [1]], [0b000, 0b111, [0.25, 10]], [0b101, 0b010, [3]], [0b001, 0b100, [0.5, 2, 8]]];
    for (const [x, y, sigmas] of cases) {
      const r = await lossCase(m, pointMass(8, x), pointMass(8, y), sigmas, `all on ${x.toString(2).padStart(3, '0')} against all on ${y.toString(2).padStart(3, '0')}, σ = ${list(sigmas)}`);
      if (r) return r;
    }
    return pass('σ = 1 and two differing bits give 2 − 2e^(−1) ≈ 1.264; the other bandwidth sets match too.');
  },
};

/** Uniform over the bars-and-stripes images of a rows × cols grid (pixel (r, c) = bit r·cols + c). */
function basDistribution(rows: number, cols: number): number[] {
  const valid = new Set<number>();
  for (let mRows = 0; mRows < 2 ** rows; mRows++) {
    let k = 0;
    for (let r = 0; r < rows; r++) if ((mRows >> r) & 1) for (let c = 0; c < cols; c++) k |= 1 << (r * cols + c);
    valid.add(k);
  }
  for (let mCols = 0; mCols < 2 ** cols; mCols++) {
    let k = 0;
    for (let c = 0; c < cols; c++) if ((mCols >> c) & 1) for (let r = 0; r < rows; r++) k |= 1 << (r * cols + c);
    valid.add(k);
  }
  return Array.from({ length: 2 ** (rows * cols) }, (_, k) => (valid.has(k) ? 1 / valid.size : 0));
}

const basTarget: Check<LossModule> = {
  id: 'bas-target',
  title: 'The lesson\'s setting: a uniform model against bars and stripes',
  points: 1,
  async run(m) {
    const bas22 = basDistribution(2, 2);
    const uniform16 = new Array<number>(16).fill(1 / 16);
    const bas24 = basDistribution(2, 4);
    const uniform256 = new Array<number>(256).fill(1 / 256);
    return (
      (await lossCase(m, uniform16, bas22, LESSON, 'the uniform model over 16 images against the 2 × 2 bars and stripes, σ = [0.5, 1, 2, 4]')) ??
      (await lossCase(m, bas22, bas22, LESSON, 'the 2 × 2 bars and stripes against itself')) ??
      (await lossCase(m, uniform256, bas24, LESSON, 'the uniform model over 256 images against the 2 × 4 bars and stripes')) ??
      pass(`The uniform model over 16 images is at L ≈ ${show(expanded(uniform16, bas22, kernelOf(LESSON)), 3)} from 2 × 2 bars and stripes; the data itself scores 0.`)
    );
  },
};

function randomDistribution(rng: Rng, size: number): number[] {
  const w: number[] = Array.from({ length: size }, () => (rng() < 0.3 ? 0 : rng()));
  if (!w.some((v) => v > 0)) w[0] = 1;
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((v) => v / s);
}

const randomCases: Check<LossModule> = {
  id: 'random-distributions',
  title: 'Random distributions over 1 to 8 bits',
  points: 2,
  requires: ['point-masses'],
  async run(m) {
    const rng = mulberry32(18);
    const sets = [LESSON, [1], [0.25, 10, 1000], [0.7, 3]];
    for (let t = 0; t < 16; t++) {
      const n = (t % 8) + 1;
      const p = randomDistribution(rng, 2 ** n);
      const q = rng() < 0.25 ? [...p] : randomDistribution(rng, 2 ** n);
      const sigmas = sets[intIn(rng, 0, sets.length - 1)]!;
      const r = await lossCase(m, p, q, sigmas, `random case ${t + 1}: ${n} bits, σ = ${list(sigmas)}`);
      if (r) return r;
    }
    return pass('16 random pairs match E_pp K − 2 E_pq K + E_qq K to 1e-10.');
  },
};

const noSideEffects: Check<LossModule> = {
  id: 'no-side-effects',
  title: 'p and q are left unchanged',
  points: 1,
  requires: ['point-masses'],
  async run(m) {
    const p = [0.1, 0.2, 0.3, 0.4];
    const q = [0.5, 0, 0, 0.5];
    const r = await remote(m.mmdLoss).withArgs([...p], [...q], LESSON);
    if (!sameNumbers(r.args[0], p) || !sameNumbers(r.args[1], q)) {
      return fail('mmdLoss changed the arrays it was given. The model\'s probabilities are needed again for the gradient: put p − q in a new array.', `${show(p)} and ${show(q)}`, `${show(r.args[0])} and ${show(r.args[1])}`);
    }
    return pass('p and q are untouched.');
  },
};

export const grader: Grader<LossModule> = { exerciseId: '18-born-mmd-loss', checks: [pointMasses, bandwidths, basTarget, randomCases, noSideEffects] };
