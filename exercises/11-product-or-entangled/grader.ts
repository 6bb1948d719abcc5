/**
 * Grader for exercise 11 (product or entangled). Products are built from known factors (qubit1 ⊗ qubit0 times a
 * global phase and a scale); entangled states are Bell states, cos t|00⟩ + sin t|11⟩ (concurrence sin 2t) and random
 * states, whose concurrence is computed from the purity of the reduced state, C = √(2(1 − Tr ρ0²)), not from the
 * determinant the learner uses. Returned factors are judged by the overlap |⟨qubit1 ⊗ qubit0|ψ⟩|, so any phases pass.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, randomAmplitudes, uniformIn, type Rng } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, numberArray, pass, show } from '../../src/lib/exercises/grading/check-kit';

interface State { re: number[]; im: number[] }
interface OneQubit { re: number[]; im: number[] }
export interface ProductModule {
  analyse(state: State): Promise<unknown>;
}

const TOL = 1e-9;
const C_TOL = 1e-12;
const R = Math.SQRT1_2;
type C = [number, number];
const cm = (p: C, q: C): C => [p[0] * q[0] - p[1] * q[1], p[0] * q[1] + p[1] * q[0]];
const st = (amps: C[]): State => ({ re: amps.map((a) => a[0]), im: amps.map((a) => a[1]) });
const amp = (s: { re: ArrayLike<number>; im: ArrayLike<number> }, k: number): C => [s.re[k]!, s.im[k]!];
const showState = (s: State) => `[${[0, 1, 2, 3].map((k) => `${show(s.re[k], 4)}${s.im[k] ? ` + ${show(s.im[k], 4)}i` : ''}`).join(', ')}]`;

/** qubit1 ⊗ qubit0: amplitude of x1x0 (index 2·x1 + x0) is qubit1[x1]·qubit0[x0]. */
const kron = (q1: OneQubit, q0: OneQubit): State => st([0, 1, 2, 3].map((k) => cm(amp(q1, k >> 1), amp(q0, k & 1))));
const scaled = (s: State, f: C): State => st([0, 1, 2, 3].map((k) => cm(f, amp(s, k))));
const norm = (s: { re: ArrayLike<number>; im: ArrayLike<number> }) => Math.sqrt(Array.from(s.re).reduce((a, x, k) => a + x * x + s.im[k]! ** 2, 0));
/** |⟨u|v⟩| / (|u||v|). */
function overlap(u: { re: ArrayLike<number>; im: ArrayLike<number> }, v: { re: ArrayLike<number>; im: ArrayLike<number> }): number {
  let re = 0;
  let im = 0;
  for (let k = 0; k < u.re.length; k++) {
    re += u.re[k]! * v.re[k]! + u.im[k]! * v.im[k]!;
    im += u.re[k]! * v.im[k]! - u.im[k]! * v.re[k]!;
  }
  return Math.hypot(re, im) / (norm(u) * norm(v));
}
const oneQubit = (theta: number, phi: number, g = 0): OneQubit => ({ re: [Math.cos(theta / 2) * Math.cos(g), Math.sin(theta / 2) * Math.cos(g + phi)], im: [Math.cos(theta / 2) * Math.sin(g), Math.sin(theta / 2) * Math.sin(g + phi)] });
const randomQubit = (rng: Rng) => oneQubit(uniformIn(rng, 0, Math.PI), uniformIn(rng, 0, 2 * Math.PI), uniformIn(rng, 0, 2 * Math.PI));
/** C = √(2(1 − Tr ρ0²)) with ρ0 the reduced state of qubit 0. */
function concurrenceByPurity(s: State): number {
  const n = norm(s);
  const a = [0, 1, 2, 3].map((k) => [s.re[k]! / n, s.im[k]! / n] as C);
  const rho = [0, 1].map((x) => [0, 1].map((y) => {
    const t0 = cm(a[x]!, [a[y]![0], -a[y]![1]]);
    const t1 = cm(a[2 + x]!, [a[2 + y]![0], -a[2 + y]![1]]);
    return [t0[0] + t1[0], t0[1] + t1[1]] as C;
  }));
  const purity = rho[0]![0]![0] ** 2 + rho[1]![1]![0] ** 2 + 2 * (rho[0]![1]![0] ** 2 + rho[0]![1]![1] ** 2);
  return Math.sqrt(Math.max(0, 2 * (1 - purity)));
}

interface Read { product: boolean; concurrence: number; factors: { qubit0: OneQubit; qubit1: OneQubit } | null }
async function read(m: ProductModule, s: State, withFactors = true): Promise<Read | CheckResult> {
  const v = (await m.analyse(s)) as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null) return fail('analyse should return an object { product, concurrence, factors }.', '{ product, concurrence, factors }', show(v));
  if (typeof v.product !== 'boolean') return fail(`analyse(${showState(s)}).product should be true or false.`, 'a boolean', show(v.product));
  const c = finiteNumber(v.concurrence, `analyse(${showState(s)}).concurrence`);
  if (isResult(c)) return c;
  if (v.factors === null || v.factors === undefined) return { product: v.product, concurrence: c, factors: null };
  // Checks that judge only the verdict say nothing about the factors' contents.
  if (!withFactors) return { product: v.product, concurrence: c, factors: v.factors as Read['factors'] };
  const f = v.factors as Record<string, { re?: unknown; im?: unknown } | undefined>;
  const out: Partial<Record<'qubit0' | 'qubit1', OneQubit>> = {};
  for (const q of ['qubit0', 'qubit1'] as const) {
    if (typeof f !== 'object' || typeof f[q] !== 'object' || f[q] === null) return fail(`factors.${q} should be a one-qubit state { re: [x0, x1], im: [y0, y1] }.`, '{ re, im }', show(f?.[q]));
    const zeros = ' When a row or column of the state is all zeros, normalising it divides 0 by 0: use the row and column through the largest amplitude.';
    const re = numberArray(f[q]!.re, 2, `factors.${q}.re for ${showState(s)}`);
    if (isResult(re)) return fail(re.message + zeros, re.expected, re.actual);
    const im = numberArray(f[q]!.im, 2, `factors.${q}.im for ${showState(s)}`);
    if (isResult(im)) return fail(im.message + zeros, im.expected, im.actual);
    out[q] = { re, im };
  }
  return { product: v.product, concurrence: c, factors: { qubit0: out.qubit0!, qubit1: out.qubit1! } };
}

/** Entangled cases: product false, factors null, concurrence as given. */
async function entangled(m: ProductModule, cases: { s: State; c: number; label: string }[], advice: string): Promise<CheckResult | null> {
  for (const { s, c, label } of cases) {
    const got = await read(m, s);
    if (isResult(got)) return got;
    if (got.product || got.factors !== null) return fail(`${label} ${showState(s)} is entangled (|a00·a11 − a01·a10| = ${show(c / 2)} after normalising, above 1e-9): product should be false and factors null.`, 'product false, factors null', `product ${got.product}, factors ${got.factors ? 'given' : 'null'}`);
    if (!(Math.abs(got.concurrence - c) <= C_TOL)) return fail(`${label} ${showState(s)}: the concurrence is off by more than ${C_TOL}. ${advice}`, show(c, 12), show(got.concurrence, 12));
  }
  return null;
}
/** Product cases: product true, concurrence near 0, and (if asked) factors that rebuild the state. */
async function products(m: ProductModule, cases: { s: State; label: string }[], checkFactors: boolean, advice: string): Promise<CheckResult | null> {
  for (const { s, label } of cases) {
    const got = await read(m, s, checkFactors);
    if (isResult(got)) return got;
    if (!got.product) return fail(`${label} ${showState(s)} is a product state (a00·a11 − a01·a10 = 0), so product should be true. ${advice}`, 'true', 'false');
    if (!(Math.abs(got.concurrence) <= C_TOL)) return fail(`${label} ${showState(s)} is a product, so its concurrence is 0 (to ${C_TOL}). ${advice}`, '0', show(got.concurrence, 12));
    if (!checkFactors) continue;
    if (!got.factors) return fail(`${label} is a product: factors should be { qubit0, qubit1 }, not null.`, '{ qubit0, qubit1 }', 'null');
    for (const q of ['qubit0', 'qubit1'] as const) {
      const n = norm(got.factors[q]);
      if (!(Math.abs(n - 1) <= TOL)) return fail(`${label}: factors.${q} should be normalised (|x0|² + |x1|² = 1). ${advice}`, 'norm 1', `norm ${show(n, 10)}`);
    }
    const o = overlap(kron(got.factors.qubit1, got.factors.qubit0), s);
    if (!(o >= 1 - TOL)) {
      return fail(`${label} ${showState(s)}: qubit1 ⊗ qubit0 from your factors is not the state (|⟨qubit1 ⊗ qubit0|ψ⟩| should be 1). ${advice}`, '1', `${show(o, 10)}, with qubit0 = ${show(got.factors.qubit0)}, qubit1 = ${show(got.factors.qubit1)}`);
    }
  }
  return null;
}

const bellEntangled: Check<ProductModule> = {
  id: 'bell-entangled',
  title: 'Bell states: entangled, concurrence 1; a slightly entangled state too',
  points: 1,
  async run(m) {
    const t = 1e-6;
    return (await entangled(m, [
      { s: st([[R, 0], [0, 0], [0, 0], [R, 0]]), c: 1, label: '(|00⟩ + |11⟩)/√2' },
      { s: st([[R, 0], [0, 0], [0, 0], [-R, 0]]), c: 1, label: '(|00⟩ − |11⟩)/√2' },
      { s: st([[0, 0], [R, 0], [R, 0], [0, 0]]), c: 1, label: '(|01⟩ + |10⟩)/√2' },
      { s: st([[0, 0], [R, 0], [0, -R], [0, 0]]), c: 1, label: '(|01⟩ − i|10⟩)/√2' },
      { s: st([[Math.cos(t), 0], [0, 0], [0, 0], [Math.sin(t), 0]]), c: Math.sin(2 * t), label: 'cos(1e-6)|00⟩ + sin(1e-6)|11⟩' },
    ], 'The concurrence is 2·|a00·a11 − a01·a10| for the normalised state: 2 · 1/2 = 1 for a Bell state.'))
      ?? pass('The four Bell states have concurrence 1; cos t|00⟩ + sin t|11⟩ has sin 2t, however small.');
  },
};

function productCases(seed: number, count: number) {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => ({ s: kron(randomQubit(rng), randomQubit(rng)), label: `random product ${i + 1}` }));
}
const basisProducts = [
  { s: st([[0, 0], [1, 0], [0, 0], [0, 0]]), label: '|01⟩' },
  { s: st([[0, 0], [0, 0], [R, 0], [R, 0]]), label: '|1⟩ ⊗ |+⟩' },
  { s: st([[0, 0], [R, 0], [0, 0], [0, R]]), label: '|+⟩ ⊗ i|1⟩' },
  { s: st([[0, 0], [0, 0], [0, 0], [0, -1]]), label: '−i|11⟩' },
];

const productDetected: Check<ProductModule> = {
  id: 'product-detected',
  title: 'Product states are recognised, concurrence 0',
  points: 1,
  async run(m) {
    return (await products(m, [...basisProducts, ...productCases(1101, 20)], false, 'For (b0, b1) ⊗ (c0, c1), a00·a11 − a01·a10 = b0c0·b1c1 − b0c1·b1c0 = 0.'))
      ?? pass('Random products and products with zero amplitudes all give product = true and concurrence 0.');
  },
};

const qubitOrder: Check<ProductModule> = {
  id: 'qubit-order',
  title: 'qubit0 is the factor on the right of the label',
  points: 1,
  requires: ['product-detected'],
  async run(m) {
    const q1 = oneQubit(Math.PI / 3, 0);
    const q0 = oneQubit(Math.PI / 2, 0);
    const s = kron(q1, q0);
    const got = await read(m, s);
    if (isResult(got)) return got;
    if (!got.factors) return fail(`(cos(π/6)|0⟩ + sin(π/6)|1⟩) ⊗ |+⟩ is a product: factors should be given.`, '{ qubit0, qubit1 }', 'null');
    const o0 = overlap(got.factors.qubit0, q0);
    const o1 = overlap(got.factors.qubit1, q1);
    if (!(o0 >= 1 - TOL && o1 >= 1 - TOL)) {
      return fail('For qubit 1 in cos(π/6)|0⟩ + sin(π/6)|1⟩ and qubit 0 in |+⟩ (state [0.612, 0.612, 0.354, 0.354]), qubit0 is |+⟩: it is read along a row, amplitudes 2j and 2j + 1, which differ in the rightmost bit.',
        'qubit0 ∝ [0.7071, 0.7071], qubit1 ∝ [0.866, 0.5]', `qubit0 = ${show(got.factors.qubit0)}, qubit1 = ${show(got.factors.qubit1)}`);
    }
    return pass('qubit0 is the factor of the rightmost bit and qubit1 of the leftmost.');
  },
};

const factors: Check<ProductModule> = {
  id: 'factors',
  title: 'The factors rebuild the state, zero amplitudes and complex phases included',
  points: 2,
  requires: ['product-detected'],
  async run(m) {
    const rng = mulberry32(1105);
    const scaledProducts = productCases(1106, 4).map((k, i) => ({ s: scaled(k.s, [uniformIn(rng, 0.1, 10), uniformIn(rng, -10, 10)]), label: `an unnormalised random product ${i + 1}` }));
    return (await products(m, [...basisProducts, ...productCases(1102, 25), ...scaledProducts], true, 'Take qubit 0\'s factor from the row (indices 2j, 2j + 1) and qubit 1\'s from the column (indices k, 2 + k) of the largest amplitude, so that neither is all zeros, and normalise each.'))
      ?? pass('qubit1 ⊗ qubit0 gives back every product state up to a global phase, |1⟩ ⊗ |+⟩ included.');
  },
};

const unnormalised: Check<ProductModule> = {
  id: 'unnormalised',
  title: 'The scale of the input changes nothing',
  points: 1,
  requires: ['bell-entangled', 'product-detected'],
  async run(m) {
    const bell = st([[R, 0], [0, 0], [0, 0], [R, 0]]);
    const partial = st([[Math.cos(0.3), 0], [0, 0], [0, 0], [Math.sin(0.3), 0]]);
    return (await entangled(m, [
      { s: scaled(bell, [5, 0]), c: 1, label: '5 × the Bell state' },
      { s: scaled(partial, [0, 0.01]), c: Math.sin(0.6), label: '0.01i × (cos 0.3|00⟩ + sin 0.3|11⟩)' },
      { s: scaled(bell, [1e-5, 0]), c: 1, label: '1e-5 × the Bell state' },
    ], 'Divide by the norm first: a00·a11 − a01·a10 grows with the square of the scale.'))
      ?? (await products(m, productCases(1103, 3).map((k, i) => ({ s: scaled(k.s, [[1e5, 0], [0, -300], [40, 40]][i] as C), label: `a random product times ${['1e5', '−300i', '40 + 40i'][i]}` })), false, 'Normalise before testing |a00·a11 − a01·a10| ≤ 1e-9; rounding in a large unnormalised state is far above 1e-9.'))
      ?? pass('Scaled states give the same answers as normalised ones.');
  },
};

const concurrence: Check<ProductModule> = {
  id: 'concurrence',
  title: 'The concurrence of random two-qubit states',
  points: 1,
  requires: ['bell-entangled'],
  async run(m) {
    const rng = mulberry32(1104);
    const cases = [];
    while (cases.length < 25) {
      const { re, im } = randomAmplitudes(2, rng);
      const s = scaled({ re: Array.from(re), im: Array.from(im) }, [uniformIn(rng, 0.5, 3), uniformIn(rng, -1, 1)]);
      const c = concurrenceByPurity(s);
      // The purity route loses accuracy as C → 0 (1 − Tr ρ² cancels); random states sit far from there.
      if (c > 0.05) cases.push({ s, c, label: `random state ${cases.length + 1}` });
    }
    return (await entangled(m, cases, 'Normalise, then 2·|a00·a11 − a01·a10| with complex products (the imaginary parts count).'))
      ?? pass('The concurrence matches √(2(1 − Tr ρ₀²)), computed from the reduced state, for random states.');
  },
};

export const grader: Grader<ProductModule> = { exerciseId: '11-product-or-entangled', checks: [bellEntangled, productDetected, qubitOrder, factors, unnormalised, concurrence] };
