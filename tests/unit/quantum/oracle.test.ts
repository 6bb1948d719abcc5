// The engine against an independent simulator, quantum-circuit: every shared gate, and random circuits of 1 to 8
// qubits, must give the same amplitudes (same global phase) to 1e-10.
import QuantumCircuit from 'quantum-circuit';
import { describe, expect, it } from 'vitest';
import { GATES, GATE_NAMES, createRng, runCircuit, type Circuit, type GateName, type GateOp } from '../../../src/lib/quantum';
import { maxAmpDiff, randomWires } from './helpers';

// quantum-circuit's names and parameter names for our gates.
const QC_NAME: Partial<Record<GateName, [string, string[]]>> = {
  id: ['id', []], x: ['x', []], y: ['y', []], z: ['z', []], h: ['h', []], s: ['s', []], sdg: ['sdg', []],
  t: ['t', []], tdg: ['tdg', []], sx: ['srn', []], rx: ['rx', ['theta']], ry: ['ry', ['theta']], rz: ['rz', ['phi']],
  p: ['u1', ['lambda']], u3: ['u3', ['theta', 'phi', 'lambda']], cx: ['cx', []], cy: ['cy', []], cz: ['cz', []],
  ch: ['ch', []], swap: ['swap', []], crx: ['crx', ['theta']], cry: ['cry', ['theta']], crz: ['crz', ['phi']],
  cp: ['cu1', ['lambda']], ccx: ['ccx', []],
};

function oracleState(c: Circuit): { re: number[]; im: number[] } {
  // quantum-circuit's typings are nearly all `any` and omit `state`; this is the part of it the oracle reads.
  const qc = new QuantumCircuit(c.numQubits) as unknown as {
    addGate(name: string, column: number, wires: number[], options?: object): void;
    run(): void;
    state: Record<number, { re: number; im: number } | undefined>;
  };
  c.ops.forEach((op, column) => {
    const [name, pnames] = QC_NAME[op.gate]!;
    const options = pnames.length ? { params: Object.fromEntries(pnames.map((k, i) => [k, op.params![i]])) } : undefined;
    qc.addGate(name, column, op.wires, options);
  });
  qc.run();
  const dim = 2 ** c.numQubits;
  const re: number[] = [];
  const im: number[] = [];
  for (let k = 0; k < dim; k++) {
    // quantum-circuit indexes its state little-endian like the engine (qubit 0 = least significant bit).
    const a = qc.state[k];
    re.push(a ? a.re : 0);
    im.push(a ? a.im : 0);
  }
  return { re, im };
}

function randomOp(n: number, rng: () => number): GateOp {
  const usable = GATE_NAMES.filter((g) => GATES[g].qubits <= n);
  const gate = usable[Math.floor(rng() * usable.length)]!;
  const spec = GATES[gate];
  return {
    gate,
    wires: randomWires(n, spec.qubits, rng),
    params: Array.from({ length: spec.params }, () => (rng() - 0.5) * 4 * Math.PI),
  };
}

describe('agreement with quantum-circuit', () => {
  it.each(GATE_NAMES.map((g) => [g]))('gate %s after a random preparation', (gate) => {
    const rng = createRng(99 + gate.length);
    const n = 3;
    const prep: GateOp[] = [0, 1, 2].flatMap((q) => [
      { gate: 'ry', wires: [q], params: [rng() * 3] },
      { gate: 'rz', wires: [q], params: [rng() * 3] },
    ]);
    const spec = GATES[gate];
    const op: GateOp = { gate, wires: randomWires(n, spec.qubits, rng), params: Array.from({ length: spec.params }, () => rng() * 6 - 3) };
    const c: Circuit = { numQubits: n, ops: [...prep, op] };
    expect(maxAmpDiff(runCircuit(c), oracleState(c))).toBeLessThan(1e-10);
  });

  it('random circuits of 1 to 8 qubits', () => {
    const rng = createRng(2024);
    for (let n = 1; n <= 8; n++) {
      for (let trial = 0; trial < 2; trial++) {
        const c: Circuit = { numQubits: n, ops: Array.from({ length: 2 * n + 2 }, () => randomOp(n, rng)) };
        expect(maxAmpDiff(runCircuit(c), oracleState(c)), `n=${n} trial=${trial}`).toBeLessThan(1e-10);
      }
    }
  });
});
