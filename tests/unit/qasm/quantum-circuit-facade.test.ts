// quantum-circuit as an independent oracle: the facade must hand it the same circuit (names, parameter names,
// wire order), which the state it computes shows. It is slow, so the circuits are small and few.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { GATES, GATE_NAMES, runCircuit, type Circuit, type GateOp } from '../../../src/lib/quantum';
import { circuitSvg, exportWith, readQasm } from '../../../src/lib/qasm';
import { loadQuantumCircuit } from '../../../src/lib/qasm/load-quantum-circuit';
import { toQuantumCircuit } from '../../../src/lib/qasm/quantum-circuit-facade';

beforeAll(async () => {
  await loadQuantumCircuit();
}, 60_000);

const opArb = (n: number): fc.Arbitrary<GateOp> =>
  fc.constantFrom(...GATE_NAMES.filter((g) => GATES[g].qubits <= n)).chain((gate) =>
    fc
      .record({
        wires: fc.shuffledSubarray([...Array(n).keys()], { minLength: GATES[gate].qubits, maxLength: GATES[gate].qubits }),
        params: fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: GATES[gate].params, maxLength: GATES[gate].params }),
      })
      .map(({ wires, params }) => (params.length ? { gate, wires, params } : { gate, wires })),
  );

type QcExporter = { exportToQASM(options: object, exportAsGateName: boolean, replacement: unknown, inside: boolean): string };
const sameState = (a: Circuit, b: Circuit) => {
  const x = runCircuit(a);
  const y = runCircuit(b);
  expect(y.numQubits).toBe(x.numQubits);
  x.re.forEach((v, k) => {
    expect(y.re[k]).toBeCloseTo(v, 9);
    expect(y.im[k]).toBeCloseTo(x.im[k]!, 9);
  });
};

describe('OpenQASM that quantum-circuit writes reads back to the same state', () => {
  it('property: every engine gate, exported by quantum-circuit, read by the course', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb(3), { minLength: 1, maxLength: 8 }), async (ops) => {
        const c: Circuit = { numQubits: 3, ops };
        const text = ((await toQuantumCircuit(c)) as unknown as QcExporter).exportToQASM({ comment: '' }, false, null, false);
        const r = readQasm(text);
        if (!r.ok) throw new Error(`${r.message}\n${text}`);
        sameState(c, r.circuit);
      }),
      { numRuns: 40, seed: 1711 },
    );
  });

  it('its gate definitions (a registered sub-circuit) read back as the expanded circuit', async () => {
    const QuantumCircuit = await loadQuantumCircuit();
    const sub = new QuantumCircuit(2) as unknown as { addGate: (...a: unknown[]) => void; save(): unknown };
    sub.addGate('ry', 0, 0, { params: { theta: 0.7 } });
    sub.addGate('cx', 1, [0, 1]);
    const top = new QuantumCircuit(3) as unknown as { registerGate(n: string, c: unknown): void; addGate: (...a: unknown[]) => void } & QcExporter;
    top.registerGate('pair', sub.save());
    top.addGate('pair', 0, [1, 2]);
    top.addGate('pair', 1, [0, 1]);
    const text = top.exportToQASM({ comment: '' }, false, null, false);
    expect(text).toMatch(/gate pair a, b/);
    const r = readQasm(text);
    if (!r.ok) throw new Error(`${r.message}\n${text}`);
    sameState({ numQubits: 3, ops: [
      { gate: 'ry', wires: [1], params: [0.7] }, { gate: 'cx', wires: [1, 2] },
      { gate: 'ry', wires: [0], params: [0.7] }, { gate: 'cx', wires: [0, 1] },
    ] }, r.circuit);
  });
});

describe('quantum-circuit facade', () => {
  it('builds the same circuit in quantum-circuit (same state, global phase included)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb(3), { minLength: 1, maxLength: 8 }), async (ops) => {
        const c: Circuit = { numQubits: 3, ops };
        const qc = (await toQuantumCircuit(c)) as unknown as { run(): void; stateAsArray(onlyPossible: boolean): { amplitude: { re: number; im: number } }[] };
        qc.run();
        const theirs = qc.stateAsArray(false);
        const ours = runCircuit(c);
        theirs.forEach((s, k) => {
          expect(s.amplitude.re).toBeCloseTo(ours.re[k]!, 9);
          expect(s.amplitude.im).toBeCloseTo(ours.im[k]!, 9);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('exports to other frameworks and draws SVG', async () => {
    const bell: Circuit = { numQubits: 2, ops: [{ gate: 'h', wires: [0] }, { gate: 'cx', wires: [0, 1] }] };
    expect(await exportWith(bell, 'qiskit')).toMatch(/QuantumCircuit/);
    expect(await exportWith(bell, 'cirq')).toMatch(/cirq/);
    expect(await exportWith(bell, 'quil')).toMatch(/CNOT 0 1/);
    expect(await exportWith(bell, 'qsharp')).toMatch(/CNOT/);
    expect(await circuitSvg(bell)).toMatch(/^<svg/);
    await expect(exportWith({ numQubits: 1, ops: [{ gate: 'x', wires: [3] }] }, 'qiskit')).rejects.toThrow(/out of range/);
  });
});
