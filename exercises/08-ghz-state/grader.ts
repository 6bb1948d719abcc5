/**
 * Grader for exercise 08 (CNOT and the GHZ state). Expected CNOT results come from the full 2ⁿ×2ⁿ matrix
 * |0⟩⟨0|_c ⊗ I + |1⟩⟨1|_c ⊗ X_t, built with Kronecker products (grading/dense.ts); the GHZ state is written down
 * directly. States are drawn here from fixed seeds; nothing random reaches learner code.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { addInto, embed, matmul, type M } from '../../src/lib/exercises/grading/dense';
import { mulberry32, randomAmplitudes } from '../../src/lib/exercises/grading/prng';
import { bits, fail, isResult, numberArray, pass, remote, sameNumbers, show } from '../../src/lib/exercises/grading/check-kit';

interface State { re: ArrayLike<number>; im: ArrayLike<number> }
export interface GhzModule {
  applyCnot(state: State, control: number, target: number): Promise<unknown>;
  ghzState(n: number): Promise<unknown>;
}

const TOL = 1e-12;
const P0: M = [[[1, 0], [0, 0]], [[0, 0], [0, 0]]];
const P1: M = [[[0, 0], [0, 0]], [[0, 0], [1, 0]]];
const X: M = [[[0, 0], [1, 0]], [[1, 0], [0, 0]]];

function cnotMatrix(control: number, target: number, n: number): M {
  return addInto(embed(P0, control, n), matmul(embed(P1, control, n), embed(X, target, n)));
}
function expectedCnot(s: State, control: number, target: number, n: number) {
  const U = cnotMatrix(control, target, n);
  const re = U.map((row) => row.reduce((a, [ur, ui], k) => a + ur * s.re[k]! - ui * s.im[k]!, 0));
  const im = U.map((row) => row.reduce((a, [ur, ui], k) => a + ur * s.im[k]! + ui * s.re[k]!, 0));
  return { re, im };
}

function readState(v: unknown, dim: number, what: string): { re: number[]; im: number[] } | CheckResult {
  if (typeof v !== 'object' || v === null) return fail(`${what} should return an object { re, im }.`, '{ re, im }', show(v));
  const re = numberArray((v as State).re, dim, `The re array from ${what}`);
  if (isResult(re)) return re;
  const im = numberArray((v as State).im, dim, `The im array from ${what}`);
  if (isResult(im)) return im;
  return { re, im };
}

/** The first amplitude more than TOL from the expected state, as a failure. */
function firstOff(got: { re: number[]; im: number[] }, want: { re: number[]; im: number[] }, n: number, message: string): CheckResult | null {
  for (let k = 0; k < want.re.length; k++) {
    if (!(Math.hypot(got.re[k]! - want.re[k]!, got.im[k]! - want.im[k]!) <= TOL)) {
      return fail(`${message} Amplitude ${k} (|${bits(k, n)}⟩) is off by more than ${TOL}.`, `${show(want.re[k])} + ${show(want.im[k])}i`, `${show(got.re[k])} + ${show(got.im[k])}i`);
    }
  }
  return null;
}

const basis = (k: number, n: number): State => ({ re: Array.from({ length: 1 << n }, (_, i) => (i === k ? 1 : 0)), im: new Array<number>(1 << n).fill(0) });
const where = (s: { re: number[] }) => s.re.findIndex((x) => Math.abs(x - 1) < 1e-9);

const cnotBasis: Check<GhzModule> = {
  id: 'cnot-basis',
  title: 'CNOT on basis states: the control decides, the target flips',
  points: 1,
  async run(m) {
    for (const [n, control, target] of [[2, 0, 1], [2, 1, 0], [3, 0, 2], [3, 2, 1], [3, 1, 0]] as const) {
      for (let k = 0; k < 1 << n; k++) {
        const got = readState(await m.applyCnot(basis(k, n), control, target), 1 << n, 'applyCnot');
        if (isResult(got)) return got;
        const want = (k >> control) & 1 ? k ^ (1 << target) : k;
        const at = where(got);
        if (at !== want) {
          return fail(
            `CNOT with control ${control} and target ${target} on |${bits(k, n)}⟩: control qubit ${control} (character ${n - control} from the left) is ${(k >> control) & 1}, so the result is |${bits(want, n)}⟩. Check which argument is the control, and that qubit 0 is the rightmost bit.`,
            `|${bits(want, n)}⟩ (index ${want})`, at < 0 ? `no amplitude 1: re = ${show(got.re)}` : `|${bits(at, n)}⟩ (index ${at})`,
          );
        }
      }
    }
    return pass('CNOT maps every basis state of 2 and 3 qubits correctly, either way round.');
  },
};

const cnotRandom: Check<GhzModule> = {
  id: 'cnot-random',
  title: 'CNOT on random complex states, every control and target, 2 to 5 qubits',
  points: 2,
  async run(m) {
    const rng = mulberry32(808);
    for (const n of [2, 3, 5]) {
      for (let control = 0; control < n; control++) {
        for (let target = 0; target < n; target++) {
          if (control === target) continue;
          const s = randomAmplitudes(n, rng);
          const got = readState(await m.applyCnot(s, control, target), 1 << n, 'applyCnot');
          if (isResult(got)) return got;
          const off = firstOff(got, expectedCnot(s, control, target, n), n, `CNOT (control ${control}, target ${target}) on a random ${n}-qubit complex state should move amplitudes whole, real and imaginary parts together.`);
          if (off) return off;
        }
      }
    }
    return pass('CNOT matches the full matrix |0⟩⟨0| ⊗ I + |1⟩⟨1| ⊗ X on random complex states.');
  },
};

const noSideEffects: Check<GhzModule> = {
  id: 'no-side-effects',
  title: 'applyCnot leaves its input unchanged',
  points: 1,
  requires: ['cnot-random'],
  async run(m) {
    const { re, im } = randomAmplitudes(3, mulberry32(809));
    const state = { re: Array.from(re), im: Array.from(im) };
    const r = await remote(m.applyCnot).withArgs(state, 0, 2);
    const after = r.args[0] as State;
    if (!sameNumbers(after?.re, state.re) || !sameNumbers(after?.im, state.im)) {
      return fail('applyCnot changed the state it was given; ghzState and any other caller may still need it. Copy the arrays, then swap in the copies.', 'state.re and state.im unchanged', 'changed in place');
    }
    return pass('The input state is untouched; applyCnot returns a new one.');
  },
};

function ghzExpected(n: number) {
  const re = new Array<number>(2 ** n).fill(0);
  re[0] = Math.SQRT1_2;
  re[2 ** n - 1] = Math.SQRT1_2;
  return { re, im: new Array<number>(2 ** n).fill(0) };
}
async function checkGhz(m: GhzModule, n: number): Promise<CheckResult | null> {
  const got = readState(await m.ghzState(n), 2 ** n, `ghzState(${n})`);
  if (isResult(got)) return n === 1 ? fail(`${got.message} With one qubit there is nothing to entangle: the GHZ state is H|0⟩ = |+⟩, with no CNOT at all.`, got.expected, got.actual) : got;
  const rest = n === 1 ? 'and no CNOT' : n === 2 ? 'then a CNOT to the other qubit' : `then CNOTs that reach each of the other ${n - 1}`;
  return firstOff(got, ghzExpected(n), n, `ghzState(${n}) should be (|${'0'.repeat(n)}⟩ + |${'1'.repeat(n)}⟩)/√2: H on one qubit, ${rest}.`);
}

const bell: Check<GhzModule> = {
  id: 'bell',
  title: 'ghzState(2) is the Bell state (|00⟩ + |11⟩)/√2',
  points: 1,
  requires: ['cnot-basis'],
  async run(m) {
    return (await checkGhz(m, 2)) ?? pass('H on qubit 0 then CNOT 0 → 1 gives (|00⟩ + |11⟩)/√2.');
  },
};

const ghz: Check<GhzModule> = {
  id: 'ghz',
  title: 'GHZ on 1, 3, 4, 7 and 10 qubits',
  points: 2,
  requires: ['cnot-basis'],
  async run(m) {
    for (const n of [1, 3, 4, 7, 10]) {
      const off = await checkGhz(m, n);
      if (off) return off;
    }
    return pass('(|0…0⟩ + |1…1⟩)/√2 for every size, n = 1 (|+⟩, no CNOT at all) included.');
  },
};

export const grader: Grader<GhzModule> = { exerciseId: '08-ghz-state', checks: [cnotBasis, cnotRandom, noSideEffects, bell, ghz] };
