/**
 * Grader for exercise 33 (error conventions). Expected values are written as mixtures, r_avg = r_P · (1 − 1/(d + 1))
 * and F_avg = F_pro − (F_pro − 1)/(d + 1), a different arrangement of the formula in Qiskit's average_gate_fidelity
 * documentation. Nothing random reaches the learner.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { intIn, mulberry32, uniformIn } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

type Fn = 'averageError' | 'pauliError' | 'averageFidelity';
export interface ErrorConventionsModule {
  averageError(pauliError: number, qubits: number): Promise<unknown>;
  pauliError(averageError: number, qubits: number): Promise<unknown>;
  averageFidelity(processFidelity: number, qubits: number): Promise<unknown>;
}

const REL = 1e-10;

const want: Record<Fn, (x: number, n: number) => number> = {
  averageError: (r, n) => r * (1 - 1 / (2 ** n + 1)),
  pauliError: (r, n) => r / (1 - 1 / (2 ** n + 1)),
  averageFidelity: (f, n) => f - (f - 1) / (2 ** n + 1),
};

async function compare(m: ErrorConventionsModule, fn: Fn, cases: [number, number][], hint: string): Promise<CheckResult | null> {
  for (const [x, n] of cases) {
    const got = finiteNumber(await m[fn](x, n), `${fn}(${show(x)}, ${n})`);
    if (isResult(got)) return got;
    const w = want[fn](x, n);
    if (!(Math.abs(got - w) <= REL * Math.max(Math.abs(w), 1e-300))) {
      return fail(`${fn}(${show(x)}, ${n}) is wrong (a ${n}-qubit gate, d = ${2 ** n}). ${hint}`, show(w, 10), show(got, 10));
    }
  }
  return null;
}

const oneQubit: Check<ErrorConventionsModule> = {
  id: 'one-qubit',
  title: 'One qubit: average error = ⅔ × Pauli error',
  points: 1,
  async run(m) {
    return (await compare(m, 'averageError', [[1.5e-3, 1], [1.6e-3, 1]], 'For one qubit d = 2, so r_avg = r_Pauli · 2/3: Sycamore\'s 0.15 % Pauli error is 0.1 % average error. The average error is the smaller of the two.'))
      ?? pass('0.15 % Pauli error on one qubit is 0.1 % average error.');
  },
};

const twoQubit: Check<ErrorConventionsModule> = {
  id: 'two-qubit',
  title: 'Two qubits: average error = ⅘ × Pauli error',
  points: 1,
  async run(m) {
    return (await compare(m, 'averageError', [[6.2e-3, 2], [3.6e-3, 2]], 'For two qubits d = 2² = 4, so r_avg = r_Pauli · 4/5: 0.62 % becomes 0.496 %.'))
      ?? pass('Sycamore\'s 0.62 % two-qubit Pauli error is 0.496 % average error.');
  },
};

const dimension: Check<ErrorConventionsModule> = {
  id: 'dimension',
  title: 'd = 2ⁿ for gates on more qubits',
  points: 1,
  async run(m) {
    return (await compare(m, 'averageError', [[0.01, 1], [0.01, 3], [0.02, 5], [0.05, 10]], 'd is the dimension of the gate\'s state space, 2ⁿ, not the number of qubits n: for 3 qubits the factor is 8/9.'))
      ?? pass('The factor d/(d + 1) is 2/3, 8/9, 32/33 and 1024/1025 for 1, 3, 5 and 10 qubits.');
  },
};

const toPauli: Check<ErrorConventionsModule> = {
  id: 'to-pauli',
  title: 'Back to Pauli error: × (d + 1)/d',
  points: 1,
  async run(m) {
    return (await compare(m, 'pauliError', [[1e-3, 1], [1.8e-3, 2], [7.9e-4, 2], [0.01, 4]], 'Going from average to Pauli error undoes d/(d + 1): multiply by (d + 1)/d, 1.5 for one qubit and 1.25 for two. ibm_kingston\'s 1.8e-3 average CZ error is a 2.25e-3 Pauli error.'))
      ?? pass('1.8e-3 average error on two qubits is 2.25e-3 Pauli error.');
  },
};

const fidelities: Check<ErrorConventionsModule> = {
  id: 'fidelities',
  title: 'Average fidelity from process fidelity: (d·F + 1)/(d + 1)',
  points: 1,
  async run(m) {
    return (await compare(m, 'averageFidelity', [[1, 1], [1, 3], [0, 1], [0.99, 2], [0.5, 4]], 'F_avg = (d·F_pro + 1)/(d + 1): a perfect gate keeps 1, and F_pro = 0 still leaves F_avg = 1/(d + 1), since a random input sometimes survives.'))
      ?? pass('F_pro = 1 gives 1, F_pro = 0 gives 1/3 on one qubit, 0.99 on two qubits gives 0.992.');
  },
};

const sweep: Check<ErrorConventionsModule> = {
  id: 'sweep',
  title: 'Random values, 1 to 10 qubits, all three conversions',
  points: 1,
  requires: ['one-qubit', 'to-pauli', 'fidelities'],
  async run(m) {
    const rng = mulberry32(33);
    for (const fn of ['averageError', 'pauliError', 'averageFidelity'] as Fn[]) {
      const cases: [number, number][] = Array.from({ length: 12 }, () => [10 ** uniformIn(rng, -4, 0), intIn(rng, 1, 10)]);
      const r = await compare(m, fn, cases, 'r_avg = r_P·d/(d + 1), r_P = r_avg·(d + 1)/d, F_avg = (d·F_pro + 1)/(d + 1), d = 2ⁿ.');
      if (r) return r;
    }
    return pass('36 random conversions match.');
  },
};

export const grader: Grader<ErrorConventionsModule> = { exerciseId: '33-error-conventions', checks: [oneQubit, twoQubit, dimension, toPauli, fidelities, sweep] };
