/**
 * Grader for exercise 36 (circuit depth). The expected depth is the longest chain of gates in which each one shares a
 * qubit with the one before it, found by comparing every pair of gates (quadratic, and a different route from the
 * per-qubit clock the learner keeps). The two-qubit depth is the same over the gates on two or more qubits.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, intIn, type Rng } from '../../src/lib/exercises/grading/prng';
import { fail, finiteNumber, isResult, pass, show } from '../../src/lib/exercises/grading/check-kit';

interface Gate { name: string; targets: number[]; controls?: number[] }
interface Circuit { qubits: number; gates: Gate[] }
interface Depths { depth: number; twoQubitDepth: number }
export interface CircuitDepthModule {
  circuitDepth(circuit: Circuit): Promise<unknown>;
}

const wires = (g: Gate) => [...(g.controls ?? []), ...g.targets];
/** Longest chain of gates, each sharing a qubit with the previous one in the chain. */
function longestChain(gates: Gate[]): number {
  const chain: number[] = [];
  gates.forEach((g, j) => {
    chain[j] = 1;
    for (let i = 0; i < j; i++) if (wires(gates[i]!).some((q) => wires(g).includes(q))) chain[j] = Math.max(chain[j]!, chain[i]! + 1);
  });
  return Math.max(0, ...chain);
}
const expected = (c: Circuit): Depths => ({ depth: longestChain(c.gates), twoQubitDepth: longestChain(c.gates.filter((g) => wires(g).length >= 2)) });

const describe = (c: Circuit) => {
  const text = c.gates.map((g) => `${g.name} ${wires(g).join(',')}`).join('; ');
  return `${c.qubits} qubits: ${text.length > 120 ? `${text.slice(0, 117)}…` : text || 'no gates'}`;
};

function readDepths(v: unknown): Depths | CheckResult {
  if (typeof v !== 'object' || v === null) return fail('circuitDepth should return { depth, twoQubitDepth }.', '{ depth, twoQubitDepth }', show(v));
  for (const key of ['depth', 'twoQubitDepth'] as const) {
    const x = finiteNumber((v as Depths)[key], `The returned ${key}`);
    if (isResult(x)) return x;
  }
  return v as Depths;
}

async function compareOn(m: CircuitDepthModule, cases: [Circuit, string, string][], fields: (keyof Depths)[]): Promise<CheckResult | null> {
  for (const [c, label, why] of cases) {
    const got = readDepths(await m.circuitDepth(c));
    if (isResult(got)) return got;
    const want = expected(c);
    for (const f of fields) {
      if (got[f] !== want[f]) return fail(`${label} (${describe(c)}): ${f} should be ${want[f]}. ${why}`, `${f} = ${want[f]}`, `${f} = ${show(got[f])}`);
    }
  }
  return null;
}

const gate = (name: string, targets: number[], controls?: number[]): Gate => ({ name, targets, ...(controls ? { controls } : {}) });
const h = (q: number) => gate('h', [q]);
const x = (q: number) => gate('x', [q]);
const cx = (c: number, t: number) => gate('cx', [t], [c]);

const empty: Check<CircuitDepthModule> = {
  id: 'empty',
  title: 'No gates: depth 0; no two-qubit gates: two-qubit depth 0',
  points: 1,
  async run(m) {
    return (await compareOn(m, [
      [{ qubits: 3, gates: [] }, 'An empty circuit', 'With no gates there are no time steps.'],
      [{ qubits: 2, gates: [h(0), x(1), h(1)] }, 'One-qubit gates only', 'Count time steps: gates on different qubits share a step, and one-qubit gates take none in the two-qubit count.'],
    ], ['depth', 'twoQubitDepth'])) ?? pass('An empty circuit has depth 0, and a circuit of one-qubit gates has two-qubit depth 0.');
  },
};

const parallelLayers: Check<CircuitDepthModule> = {
  id: 'parallel-layers',
  title: 'Gates on different qubits share a time step',
  points: 1,
  async run(m) {
    return (await compareOn(m, [
      [{ qubits: 4, gates: [h(0), h(1), h(2), h(3), x(0), x(1), x(2), x(3)] }, 'Two rows of one-qubit gates', 'Depth counts time steps, not gates: gates on different qubits run in the same step.'],
      [{ qubits: 6, gates: [cx(0, 1), cx(2, 3), cx(4, 5)] }, 'Three CNOTs on separate pairs', 'They touch different qubits, so they run together in one step.'],
    ], ['depth'])) ?? pass('Gates on different qubits run in the same step.');
  },
};

const bothQubits: Check<CircuitDepthModule> = {
  id: 'both-qubits',
  title: 'A two-qubit gate waits for both of its qubits',
  points: 1,
  async run(m) {
    return (await compareOn(m, [
      [{ qubits: 2, gates: [h(0), cx(0, 1)] }, 'H then CX from the same qubit', 'The CX uses its control too, so it waits for the H on qubit 0.'],
      [{ qubits: 3, gates: [cx(2, 0), x(2), gate('ccx', [1], [0, 2]), h(0)] }, 'CX, X, Toffoli, H', 'A gate occupies its controls as well as its target.'],
    ], ['depth'])) ?? pass('Every gate waits for all of its qubits, controls included.');
  },
};

const dependencyChain: Check<CircuitDepthModule> = {
  id: 'dependency-chain',
  title: 'Chains of gates through shared qubits',
  points: 1,
  async run(m) {
    return (await compareOn(m, [
      [{ qubits: 5, gates: [cx(0, 1), cx(1, 2), cx(2, 3), cx(3, 4)] }, 'A staircase of CNOTs', 'Each CNOT waits for the one before it, which shares a qubit, so the chain is as long as the staircase, although no qubit has more than two gates.'],
      [{ qubits: 3, gates: [h(0), cx(0, 1), h(1), cx(1, 2), h(2)] }, 'H and CX in a chain', 'Each gate waits for the previous one through a shared qubit.'],
    ], ['depth'])) ?? pass('The depth follows chains of gates from qubit to qubit, not the busiest qubit alone.');
  },
};

const twoQubitDepth: Check<CircuitDepthModule> = {
  id: 'two-qubit-depth',
  title: 'The two-qubit depth counts layers of two-qubit gates',
  points: 1,
  async run(m) {
    return (await compareOn(m, [
      [{ qubits: 4, gates: [h(0), h(1), h(2), h(3), cx(0, 1), cx(2, 3), h(1), cx(1, 2), x(0)] }, 'Two CNOTs side by side, then one across', 'The first two CNOTs run in one layer and the third in the next: count layers, not gates.'],
      [{ qubits: 4, gates: [gate('ccx', [2], [0, 1]), h(3), gate('cz', [3], [2]), cx(0, 1)] }, 'A Toffoli, a CZ and a CX', 'Gates on three qubits count too; the CX shares no qubit with the CZ and runs beside it.'],
    ], ['depth', 'twoQubitDepth'])) ?? pass('Two-qubit gates are counted in layers, one-qubit gates take no time there.');
  },
};

function randomCircuit(rng: Rng): Circuit {
  const qubits = intIn(rng, 1, 7);
  const gates: Gate[] = [];
  for (let i = intIn(rng, 0, 25); i > 0; i--) {
    const pool = Array.from({ length: qubits }, (_, k) => k);
    const size = Math.min(qubits, [1, 1, 2, 2, 3][intIn(rng, 0, 4)]!);
    const qs = Array.from({ length: size }, () => pool.splice(intIn(rng, 0, pool.length - 1), 1)[0]!);
    gates.push(size === 1 ? gate(['h', 'x', 'rz', 't'][intIn(rng, 0, 3)]!, qs) : gate(size === 2 ? 'cx' : 'ccx', [qs[0]!], qs.slice(1)));
  }
  return { qubits, gates };
}

const randomCircuits: Check<CircuitDepthModule> = {
  id: 'random-circuits',
  title: 'Random circuits of 1 to 7 qubits and up to 25 gates',
  points: 2,
  async run(m) {
    const rng = mulberry32(36);
    const cases = Array.from({ length: 40 }, (_, i) => [randomCircuit(rng), `Random circuit ${i + 1}`, 'Depth is the longest chain of gates linked by shared qubits.'] as [Circuit, string, string]);
    return (await compareOn(m, cases, ['depth', 'twoQubitDepth'])) ?? pass('Both depths are right on 40 random circuits.');
  },
};

export const grader: Grader<CircuitDepthModule> = { exerciseId: '36-circuit-depth', checks: [empty, parallelLayers, bothQubits, dependencyChain, twoQubitDepth, randomCircuits] };
