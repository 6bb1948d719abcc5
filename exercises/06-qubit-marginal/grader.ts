/**
 * Grader for exercise 06 (one qubit's probability, and bitstrings). Expected probabilities are summed by reading
 * character n−1−k of each index's bitstring (check-kit's bits), not by the bit arithmetic the learner is likely to
 * write. States come from fixed seeds; nothing random reaches learner code.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, randomAmplitudes } from '../../src/lib/exercises/grading/prng';
import { bits, fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

interface State { re: ArrayLike<number>; im: ArrayLike<number> }
export interface MarginalModule {
  probabilityOfOne(state: State, k: number): Promise<unknown>;
  bitstring(index: number, n: number): Promise<unknown>;
}

const TOL = 1e-12;
const dimOf = (s: State) => s.re.length;
const nOf = (s: State) => Math.round(Math.log2(dimOf(s)));

/** P(qubit k = 1) by reading the bitstring: qubit k is the character n−1−k from the left. */
function expectedP(s: State, k: number): number {
  const n = nOf(s);
  let p = 0;
  for (let i = 0; i < dimOf(s); i++) if (bits(i, n)[n - 1 - k] === '1') p += s.re[i]! ** 2 + s.im[i]! ** 2;
  return p;
}

async function compareP(m: MarginalModule, states: { state: State; label: string }[], advice: string): Promise<CheckResult | null> {
  for (const { state, label } of states) {
    for (let k = 0; k < nOf(state); k++) {
      const want = expectedP(state, k);
      const got = finiteNumber(await m.probabilityOfOne(state, k), `probabilityOfOne for qubit ${k} of ${label}`);
      if (isResult(got)) return got;
      if (!(Math.abs(got - want) <= TOL)) {
        return fail(`P(qubit ${k} reads 1) for ${label} is off by more than ${TOL}. ${advice}`, show(want, 12), show(got, 12));
      }
    }
  }
  return null;
}

async function compareBits(m: MarginalModule, cases: [number, number][], advice: string): Promise<CheckResult | null> {
  for (const [index, n] of cases) {
    const want = bits(index, n);
    const got = await m.bitstring(index, n);
    if (got !== want) return fail(`bitstring(${index}, ${n}) should be the ${n}-character string with qubit 0 rightmost. ${advice}`, JSON.stringify(want), show(got));
  }
  return null;
}

const basis = (k: number, n: number): State => ({ re: Array.from({ length: 1 << n }, (_, i) => (i === k ? 1 : 0)), im: new Array<number>(1 << n).fill(0) });

const bitstringOrder: Check<MarginalModule> = {
  id: 'bitstring-order',
  title: 'bitstring puts qubit 0 on the right',
  points: 1,
  async run(m) {
    // Every case has its top bit set, so padding plays no part here.
    return (await compareBits(m, [[6, 3], [4, 3], [11, 4], [2, 2], [(1 << 29) + 1, 30]], 'Bit 0 of the index is the last character, bit n−1 the first.'))
      ?? pass('6 of 3 qubits is "110": qubit 0 is the rightmost character.');
  },
};

const bitstringPadding: Check<MarginalModule> = {
  id: 'bitstring-padding',
  title: 'bitstring keeps its leading zeros',
  points: 1,
  async run(m) {
    return (await compareBits(m, [[0, 1], [0, 3], [1, 3], [5, 6], [3, 30]], 'Qubits that read 0 on the left are characters too: the string always has n of them.'))
      ?? pass('Index 1 of 3 qubits is "001": always n characters.');
  },
};

const basisStates: Check<MarginalModule> = {
  id: 'basis-states',
  title: 'Basis states: the right qubit reads 1',
  points: 1,
  async run(m) {
    return (await compareP(m, [{ state: basis(1, 3), label: '|001⟩ (index 1)' }, { state: basis(6, 3), label: '|110⟩ (index 6)' }, { state: basis(8, 4), label: '|1000⟩ (index 8)' }],
      'Qubit k is bit k of the index counted from the least significant end, (i >> k) & 1, not the k-th character from the left.'))
      ?? pass('In |001⟩ only qubit 0 reads 1; in |110⟩ qubits 1 and 2 do.');
  },
};

const randomStates: Check<MarginalModule> = {
  id: 'random-states',
  title: 'Random complex states, every qubit, 1 to 10 qubits',
  points: 2,
  async run(m) {
    const rng = mulberry32(606);
    const states = [1, 2, 3, 4, 6, 10].map((n) => ({ state: randomAmplitudes(n, rng), label: `a random ${n}-qubit state` }));
    return (await compareP(m, states, 'Add |amplitude|² = re² + im² (both parts) over every index with bit k set.'))
      ?? pass('P(qubit k = 1) is right for every qubit of random complex states.');
  },
};

export const grader: Grader<MarginalModule> = { exerciseId: '06-qubit-marginal', checks: [bitstringOrder, bitstringPadding, basisStates, randomStates] };
