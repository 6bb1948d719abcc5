/**
 * Grader for exercise 31 (a circuit's fidelity budget). The expected ln F is built by first tallying gates per
 * calibrated element (a qubit, an unordered pair, a measured qubit) and then summing count · log1p(−e), a different
 * route from walking the ops. Nothing random reaches the learner: calibrations are drawn here from a fixed seed.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { intIn, mulberry32, uniformIn } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

interface Calibration { oneQubit: number[]; twoQubit: { pair: [number, number]; error: number }[]; readout: number[] }
interface Circuit { ops: { qubits: number[]; count: number }[]; measured: number[] }
export interface FidelityBudgetModule {
  circuitFidelity(calibration: Calibration, circuit: Circuit): Promise<unknown>;
}
interface Case { cal: Calibration; circuit: Circuit; label: string }

const REL = 1e-9;
const TINY = 1e-300;

function expectedLog({ cal, circuit }: Case): number {
  const tally = new Map<string, [number, number]>();
  const bump = (key: string, error: number, n: number) => tally.set(key, [error, (tally.get(key)?.[1] ?? 0) + n]);
  for (const { qubits, count } of circuit.ops) {
    if (qubits.length === 1) bump(`1:${qubits[0]}`, cal.oneQubit[qubits[0]!]!, count);
    else {
      const key = [...qubits].sort((a, b) => a - b).join('-');
      const entry = cal.twoQubit.find((t) => [...t.pair].sort((a, b) => a - b).join('-') === key)!;
      bump(`2:${key}`, entry.error, count);
    }
  }
  for (const q of circuit.measured) bump(`m:${q}`, cal.readout[q]!, 1);
  let s = 0;
  for (const [e, n] of tally.values()) s += n * Math.log1p(-e);
  return s;
}

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

async function compare(m: FidelityBudgetModule, cases: Case[], hint: string): Promise<CheckResult | null> {
  for (const c of cases) {
    const v = await m.circuitFidelity(copy(c.cal), copy(c.circuit));
    if (typeof v !== 'object' || v === null) return fail('circuitFidelity should return an object { fidelity, logFidelity }.', '{ fidelity, logFidelity }', show(v));
    const log = (v as Record<string, unknown>).logFidelity;
    if (typeof log !== 'number' || !Number.isFinite(log)) return fail(`${c.label}: logFidelity should be a finite number. ${hint}`, `ln F = ${show(expectedLog(c), 8)}`, show(log));
    const fid = finiteNumber((v as Record<string, unknown>).fidelity, `${c.label}: the returned fidelity`);
    if (isResult(fid)) return fid;
    const wantLog = expectedLog(c);
    const wantF = Math.exp(wantLog);
    if (!(Math.abs(log - wantLog) <= REL * Math.max(Math.abs(wantLog), 1e-12))) {
      return fail(`${c.label}: ln F is wrong. ${hint}`, `ln F = ${show(wantLog, 8)} (F = ${show(wantF, 6)})`, `ln F = ${show(log, 8)}`);
    }
    const fOk = wantF < TINY ? fid >= 0 && fid <= TINY : Math.abs(fid - wantF) <= REL * wantF;
    if (!fOk) return fail(`${c.label}: ln F is right but the fidelity is not e^(ln F).`, show(wantF, 8), show(fid, 8));
  }
  return null;
}

const oneQubit: Check<FidelityBudgetModule> = {
  id: 'one-qubit-gates',
  title: 'One-qubit gates, each qubit with its own error',
  points: 1,
  async run(m) {
    const cal: Calibration = { oneQubit: [0.01, 0.002], twoQubit: [], readout: [0.02, 0.03] };
    const cases: Case[] = [
      { cal, circuit: { ops: [{ qubits: [0], count: 10 }], measured: [] }, label: '10 gates on qubit 0 at 1 %' },
      { cal, circuit: { ops: [{ qubits: [0], count: 3 }, { qubits: [1], count: 50 }, { qubits: [0], count: 0 }], measured: [] }, label: '3 gates on qubit 0 at 1 %, 50 on qubit 1 at 0.2 %' },
    ];
    return (await compare(m, cases, 'Every gate must succeed, so multiply the fidelities, do not add the errors: F = (1 − e)^count with the error of the qubit the gate acts on, 0.99¹⁰ ≈ 0.904 (1 − 10 × 0.01 = 0.9 is only the first-order approximation).'))
      ?? pass('Ten gates at 1 % keep 0.99¹⁰ ≈ 0.904.');
  },
};

const twoQubit: Check<FidelityBudgetModule> = {
  id: 'two-qubit-gates',
  title: 'A two-qubit gate counts once, with its pair\'s error',
  points: 1,
  async run(m) {
    const cal: Calibration = { oneQubit: [0.001, 0.001, 0.001], twoQubit: [{ pair: [0, 1], error: 0.01 }, { pair: [1, 2], error: 0.03 }], readout: [0, 0, 0] };
    const cases: Case[] = [
      { cal, circuit: { ops: [{ qubits: [0, 1], count: 5 }], measured: [] }, label: '5 gates on the pair [0, 1] at 1 %' },
      { cal, circuit: { ops: [{ qubits: [0, 1], count: 2 }, { qubits: [1, 2], count: 4 }, { qubits: [2], count: 7 }], measured: [] }, label: 'Gates on both pairs and on qubit 2' },
    ];
    return (await compare(m, cases, 'A two-qubit gate is one operation that fails with the pair\'s error once; do not charge it to each of its qubits. Five gates at 1 % keep 0.99⁵ ≈ 0.951.'))
      ?? pass('Five two-qubit gates at 1 % keep 0.99⁵.');
  },
};

const pairLookup: Check<FidelityBudgetModule> = {
  id: 'pair-lookup',
  title: 'A pair is found in either order',
  points: 1,
  requires: ['two-qubit-gates'],
  async run(m) {
    const cal: Calibration = { oneQubit: [0, 0, 0], twoQubit: [{ pair: [0, 1], error: 0.01 }, { pair: [2, 1], error: 0.02 }], readout: [0, 0, 0] };
    const cases: Case[] = [{ cal, circuit: { ops: [{ qubits: [1, 0], count: 6 }, { qubits: [1, 2], count: 3 }], measured: [] }, label: 'Gates on [1, 0] and [1, 2], calibrated as [0, 1] and [2, 1]' }];
    return (await compare(m, cases, 'A coupler\'s error does not depend on which qubit the gate names first: a gate on [1, 0] uses the entry for [0, 1].'))
      ?? pass('Gates on [1, 0] use the calibration of [0, 1].');
  },
};

const readout: Check<FidelityBudgetModule> = {
  id: 'readout',
  title: 'Every measured qubit pays its readout error, and only those',
  points: 1,
  async run(m) {
    const cal: Calibration = { oneQubit: [0.001, 0.001, 0.001], twoQubit: [{ pair: [0, 1], error: 0.01 }], readout: [0.02, 0.5, 0.03] };
    const cases: Case[] = [
      { cal, circuit: { ops: [], measured: [0, 2] }, label: 'No gates, qubits 0 and 2 read (readout 2 % and 3 %)' },
      { cal, circuit: { ops: [{ qubits: [0], count: 4 }, { qubits: [0, 1], count: 2 }], measured: [0, 1, 2] }, label: 'Gates, then all three qubits read' },
    ];
    return (await compare(m, cases, 'A run is error-free only if every measured qubit is also read correctly: multiply by (1 − r_q) for each measured q (0.98 × 0.97 for qubits 0 and 2), and not for unmeasured ones.'))
      ?? pass('Reading qubits 0 and 2 keeps 0.98 × 0.97 = 0.9506.');
  },
};

const largeCounts: Check<FidelityBudgetModule> = {
  id: 'large-counts',
  title: 'Large circuits: the product, not the sum, and ln F when F underflows',
  points: 2,
  async run(m) {
    // ibm_kingston medians (lesson 9's island): 2.4e-4, 1.8e-3, readout 0.95 %.
    const n = 20;
    const cal: Calibration = {
      oneQubit: Array(n).fill(2.4e-4),
      twoQubit: Array.from({ length: n - 1 }, (_, i) => ({ pair: [i, i + 1] as [number, number], error: 1.8e-3 })),
      readout: Array(n).fill(0.0095),
    };
    const all = Array.from({ length: n }, (_, i) => i);
    const cases: Case[] = [
      { cal, circuit: { ops: [{ qubits: [0, 1], count: 1000 }, { qubits: [3], count: 5000 }], measured: all }, label: '1,000 two-qubit gates, 5,000 one-qubit gates, 20 qubits read' },
      { cal, circuit: { ops: [{ qubits: [4, 5], count: 10_000_000 }, { qubits: [6], count: 1_000_000 }], measured: all }, label: 'Ten million two-qubit gates (F far below 1e-300)' },
    ];
    return (await compare(m, cases, 'Multiply the fidelities: ln F = Σ count · ln(1 − e). The sum of errors 1 − Σe is only a first-order approximation (here it goes below 0), and e^(ln F) underflows to 0 for huge circuits, so compute ln F directly, not as ln of F.'))
      ?? pass('1,000 two-qubit and 5,000 one-qubit gates keep F ≈ 0.04 (the sum of errors would say below 0); ten million give ln F ≈ −18,000, kept finite.');
  },
};

const randomCircuits: Check<FidelityBudgetModule> = {
  id: 'random-circuits',
  title: 'Random calibrations and circuits',
  points: 1,
  requires: ['one-qubit-gates', 'two-qubit-gates', 'readout'],
  async run(m) {
    const rng = mulberry32(31);
    const cases: Case[] = [];
    for (let k = 0; k < 15; k++) {
      const n = intIn(rng, 2, 8);
      const cal: Calibration = {
        oneQubit: Array.from({ length: n }, () => 10 ** uniformIn(rng, -5, -2)),
        twoQubit: Array.from({ length: n - 1 }, (_, i) => ({ pair: (rng() < 0.5 ? [i, i + 1] : [i + 1, i]) as [number, number], error: 10 ** uniformIn(rng, -4, -1) })),
        readout: Array.from({ length: n }, () => uniformIn(rng, 0, 0.05)),
      };
      const ops = Array.from({ length: intIn(rng, 1, 8) }, () => {
        if (rng() < 0.5) return { qubits: [intIn(rng, 0, n - 1)], count: intIn(rng, 0, 5000) };
        const i = intIn(rng, 0, n - 2);
        return { qubits: rng() < 0.5 ? [i, i + 1] : [i + 1, i], count: intIn(rng, 0, 2000) };
      });
      const measured = Array.from({ length: n }, (_, q) => q).filter(() => rng() < 0.7);
      cases.push({ cal, circuit: { ops, measured }, label: `Random circuit ${k + 1} on ${n} qubits` });
    }
    return (await compare(m, cases, 'F = Π (1 − e) over every gate and every measured qubit.')) ?? pass('15 random circuits match in F and ln F.');
  },
};

export const grader: Grader<FidelityBudgetModule> = { exerciseId: '31-fidelity-budget', checks: [oneQubit, twoQubit, pairLookup, readout, largeCounts, randomCircuits] };
