/**
 * Grader for exercise 04 (apply a gate to a state vector). Expected states come from the full 2ⁿ×2ⁿ matrix
 * I ⊗ … ⊗ G ⊗ … ⊗ I built by Kronecker products (grading/dense.ts), a different route from the pairwise update the
 * learner writes. No randomness reaches the learner: states and gates are drawn here from fixed seeds.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { embed, type M } from '../../src/lib/exercises/grading/dense';
import { mulberry32, randomAmplitudes, uniformIn, type Rng } from '../../src/lib/exercises/grading/prng';
import { bits, fail, isResult, numberArray, pass, remote, sameNumbers, show } from '../../src/lib/exercises/grading/check-kit';

interface Complex { re: number; im: number }
type Gate = [[Complex, Complex], [Complex, Complex]];
interface State { re: ArrayLike<number>; im: ArrayLike<number> }
export interface ApplyGateModule {
  applyGate(state: State, gate: Gate, target: number): Promise<unknown>;
}

const TOL = 1e-12;
const c = (re: number, im = 0): Complex => ({ re, im });
const toDense = (g: Gate): M => g.map((row) => row.map((x) => [x.re, x.im] as [number, number]));

/** The expected state by matrix-vector product with the embedded gate. */
function expected(state: State, gate: Gate, target: number, n: number): { re: number[]; im: number[] } {
  const U = embed(toDense(gate), target, n);
  const re: number[] = [];
  const im: number[] = [];
  for (const row of U) {
    let sr = 0;
    let si = 0;
    row.forEach(([ur, ui], k) => {
      sr += ur * state.re[k]! - ui * state.im[k]!;
      si += ur * state.im[k]! + ui * state.re[k]!;
    });
    re.push(sr);
    im.push(si);
  }
  return { re, im };
}

/** The learner's returned state, read defensively. */
function readState(v: unknown, dim: number): { re: number[]; im: number[] } | CheckResult {
  if (typeof v !== 'object' || v === null) return fail('applyGate should return an object { re, im }.', '{ re, im }', show(v));
  const re = numberArray((v as State).re, dim, 'The returned re');
  if (isResult(re)) return re;
  const im = numberArray((v as State).im, dim, 'The returned im');
  if (isResult(im)) return im;
  return { re, im };
}

/** Runs the cases and reports the first amplitude off by more than TOL, with expected against actual. */
async function compareOn(m: ApplyGateModule, cases: { state: State; gate: Gate; target: number; n: number; label: string }[]): Promise<CheckResult | null> {
  for (const { state, gate, target, n, label } of cases) {
    const want = expected(state, gate, target, n);
    const got = readState(await m.applyGate(state, gate, target), 1 << n);
    if (isResult(got)) return got;
    for (let k = 0; k < 1 << n; k++) {
      const dr = got.re[k]! - want.re[k]!;
      const di = got.im[k]! - want.im[k]!;
      if (!(Math.hypot(dr, di) <= TOL)) {
        return fail(
          `${label}, gate on qubit ${target} of ${n}: amplitude ${k} (|${bits(k, n)}⟩) is off by more than ${TOL}.`,
          `${show(want.re[k])} + ${show(want.im[k])}i`, `${show(got.re[k])} + ${show(got.im[k])}i`,
        );
      }
    }
  }
  return null;
}

/** Ry(θ): real, and not symmetric, so a transposed matrix shows. */
const ry = (t: number): Gate => [[c(Math.cos(t / 2)), c(-Math.sin(t / 2))], [c(Math.sin(t / 2)), c(Math.cos(t / 2))]];
/** A random unitary e^{iα}·Rz(β)Ry(γ)Rz(δ), complex in every entry for generic angles. */
function randomUnitary(rng: Rng): Gate {
  const [a, b, g, d] = [0, 0, 0, 0].map(() => uniformIn(rng, 0, 2 * Math.PI)) as [number, number, number, number];
  const e = (phi: number, r: number): Complex => c(r * Math.cos(phi), r * Math.sin(phi));
  const [cs, sn] = [Math.cos(g / 2), Math.sin(g / 2)];
  return [[e(a - b / 2 - d / 2, cs), e(a - b / 2 + d / 2 + Math.PI, sn)], [e(a + b / 2 - d / 2, sn), e(a + b / 2 + d / 2, cs)]];
}
function randomCases(seed: number, gateFor: (rng: Rng) => Gate, label: string) {
  const rng = mulberry32(seed);
  const cases = [];
  for (const n of [1, 2, 3, 5]) for (let target = 0; target < n; target++) cases.push({ state: randomAmplitudes(n, rng), gate: gateFor(rng), target, n, label });
  return cases;
}

const X: Gate = [[c(0), c(1)], [c(1), c(0)]];
const H: Gate = [[c(Math.SQRT1_2), c(Math.SQRT1_2)], [c(Math.SQRT1_2), c(-Math.SQRT1_2)]];
const basis = (k: number, n: number): State => ({ re: Array.from({ length: 1 << n }, (_, i) => (i === k ? 1 : 0)), im: new Array<number>(1 << n).fill(0) });

const hadamard: Check<ApplyGateModule> = {
  id: 'hadamard',
  title: 'H on |0⟩ gives equal amplitudes 1/√2',
  points: 1,
  async run(m) {
    return (await compareOn(m, [{ state: basis(0, 1), gate: H, target: 0, n: 1, label: 'H on |0⟩' }])) ?? pass('H|0⟩ = (|0⟩ + |1⟩)/√2.');
  },
};

const bitOrder: Check<ApplyGateModule> = {
  id: 'bit-order',
  title: 'Qubit 0 is the least significant bit',
  points: 1,
  async run(m) {
    for (const target of [0, 2]) {
      const got = readState(await m.applyGate(basis(0, 3), X, target), 8);
      if (isResult(got)) return got;
      const at = got.re.findIndex((x) => Math.abs(x - 1) < 1e-9);
      if (at !== 1 << target) {
        return fail(`X on qubit ${target} of |000⟩ flips bit ${target} of the index, counted from the right.`, `amplitude 1 at index ${1 << target} (${bits(1 << target, 3)})`, at < 0 ? `no amplitude 1: re = ${show(got.re)}` : `amplitude 1 at index ${at} (${bits(at, 3)})`);
      }
    }
    return pass('X on qubit 0 gives 001 and on qubit 2 gives 100.');
  },
};

const realGates: Check<ApplyGateModule> = {
  id: 'real-gates',
  title: 'Real rotations on random states, every target, 1 to 5 qubits',
  points: 2,
  async run(m) {
    return (await compareOn(m, randomCases(41, (rng) => ry(uniformIn(rng, 0.3, 2.8)), 'Ry on a random state'))) ?? pass('Ry(θ) matches the full matrix on every qubit of 1 to 5 qubits.');
  },
};

const complexGates: Check<ApplyGateModule> = {
  id: 'complex-gates',
  title: 'Complex unitaries on random states',
  points: 2,
  async run(m) {
    const phase: Gate = [[c(1), c(0)], [c(0), c(0, 1)]];
    return (await compareOn(m, [{ state: basis(1, 1), gate: phase, target: 0, n: 1, label: 'S on |1⟩' }, ...randomCases(77, randomUnitary, 'A random unitary')]))
      ?? pass('Random complex unitaries match the full matrix, phases included.');
  },
};

const noSideEffects: Check<ApplyGateModule> = {
  id: 'no-side-effects',
  title: 'The input state is left unchanged',
  points: 1,
  requires: ['real-gates'],
  async run(m) {
    const { re, im } = randomAmplitudes(3, mulberry32(5));
    const state = { re: Array.from(re), im: Array.from(im) };
    const r = await remote(m.applyGate).withArgs(state, H, 1);
    const after = r.args[0] as State;
    if (!sameNumbers(after?.re, state.re) || !sameNumbers(after?.im, state.im)) {
      return fail('applyGate changed the state it was given. Whoever called it may still need the old state: write the result into new arrays.', 'state.re and state.im unchanged', 'changed in place');
    }
    return pass('The input state is untouched; the result is a new state.');
  },
};

export const grader: Grader<ApplyGateModule> = { exerciseId: '04-apply-gate', checks: [hadamard, bitOrder, realGates, complexGates, noSideEffects] };
