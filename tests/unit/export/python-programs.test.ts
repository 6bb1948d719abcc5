// The Qiskit and Cirq programs lesson 10 hands out: they must measure (a program without measurements fails on both),
// use the current APIs, keep every gate with its wires in order and its angles exact, and print counts in the course's
// qubit order. Checked by reading the programs back, gate by gate, with a small reader of their own.
import { describe, expect, it } from 'vitest';
import { toCirqProgram, toQiskitProgram } from '../../../src/lib/export/python-programs';
import { GATE_NAMES, type Circuit, type GateName } from '../../../src/lib/quantum';
import { mulberry32 } from '../../../src/lib/exercises/sandbox/mulberry32';

const ARITY: Record<GateName, [wires: number, params: number]> = {
  id: [1, 0], x: [1, 0], y: [1, 0], z: [1, 0], h: [1, 0], s: [1, 0], sdg: [1, 0], t: [1, 0], tdg: [1, 0], sx: [1, 0],
  rx: [1, 1], ry: [1, 1], rz: [1, 1], u3: [1, 3], p: [1, 1],
  cx: [2, 0], cy: [2, 0], cz: [2, 0], ch: [2, 0], swap: [2, 0], crx: [2, 1], cry: [2, 1], crz: [2, 1], cp: [2, 1],
  ccx: [3, 0],
};

function randomCircuit(seed: number): Circuit {
  const rng = mulberry32(seed);
  const n = 3 + Math.floor(rng() * 3);
  const ops = GATE_NAMES.map((gate) => {
    const [w, k] = ARITY[gate];
    const wires: number[] = [];
    while (wires.length < w) {
      const q = Math.floor(rng() * n);
      if (!wires.includes(q)) wires.push(q);
    }
    return { gate, wires, ...(k ? { params: Array.from({ length: k }, () => (rng() * 2 - 1) * Math.PI) } : {}) };
  });
  return { numQubits: n, ops };
}

const qiskitCalls = (src: string) => [...src.matchAll(/^qc\.(\w+)\(([^)]*)\)$/gm)].map((m) => ({ name: m[1]!, args: m[2]!.split(',').map((a) => a.trim()).filter(Boolean) }));

describe('Qiskit programs', () => {
  it('use the Qiskit 2 sampler and measure every qubit', () => {
    const src = toQiskitProgram({ numQubits: 2, ops: [{ gate: 'h', wires: [0] }, { gate: 'cx', wires: [0, 1] }] }, { shots: 500, seed: 3 });
    expect(src).toContain('from qiskit.primitives import StatevectorSampler');
    expect(src).toMatch(/^qc\.measure_all\(\)$/m);
    expect(src).toContain('StatevectorSampler(seed=3).run([qc], shots=500).result()');
    expect(src).toContain('result[0].data.meas.get_counts()');
    expect(src).not.toMatch(/\bexecute\(|Aer|qasm_simulator/);
  });
  it('keep every gate, its wires in order and its angles exact', () => {
    for (const seed of [1, 2, 3]) {
      const c = randomCircuit(seed);
      const calls = qiskitCalls(toQiskitProgram(c)).filter((x) => x.name !== 'measure_all');
      expect(calls).toHaveLength(c.ops.length);
      c.ops.forEach((op, i) => {
        const call = calls[i]!;
        expect(call.name).toBe(op.gate === 'u3' ? 'u' : op.gate);
        const k = op.params?.length ?? 0;
        expect(call.args.slice(0, k).map(Number)).toEqual(op.params ?? []);
        expect(call.args.slice(k).map(Number)).toEqual(op.wires);
      });
    }
  });
});

describe('Cirq programs', () => {
  it('measure every qubit, last first, so that qubit 0 is the rightmost character', () => {
    const src = toCirqProgram({ numQubits: 3, ops: [{ gate: 'x', wires: [0] }] }, { shots: 200, seed: 5 });
    expect(src).toContain('q = cirq.LineQubit.range(3)');
    expect(src).toContain("cirq.measure(*reversed(q), key='m')");
    expect(src).toContain('cirq.Simulator(seed=5).run(circuit, repetitions=200)');
    expect(src).toContain("format(k, '03b')");
    expect(src).toContain('cirq.X(q[0]),');
  });
  it('keep every gate with its wires in order and exact angles', () => {
    for (const seed of [4, 5, 6]) {
      const c = randomCircuit(seed);
      const body = toCirqProgram(c).split('\n').filter((l) => /^ {4}cirq\.(?!measure)/.test(l));
      // u3 becomes three rotations; every other gate one line.
      expect(body).toHaveLength(c.ops.length + 2 * c.ops.filter((o) => o.gate === 'u3').length);
      let line = 0;
      for (const op of c.ops) {
        const lines = body.slice(line, (line += op.gate === 'u3' ? 3 : 1));
        for (const l of lines) expect([...l.matchAll(/q\[(\d+)\]/g)].map((m) => Number(m[1]))).toEqual(op.wires);
        const angles = lines.flatMap((l) => [...l.matchAll(/\((-?[\d.e-]+)(?: \/ np\.pi)?\)(?:\.controlled\(\))?\(/g)].map((m) => Number(m[1])));
        if (op.gate === 'u3') expect(angles).toEqual([op.params![2], op.params![0], op.params![1]]);
        else expect(angles).toEqual(op.params ?? []);
      }
    }
  });
});
