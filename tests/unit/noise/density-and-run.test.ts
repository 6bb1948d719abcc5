import { describe, expect, it } from 'vitest';
import {
  applyUnitary, densityFromState, diagonal, fidelityWithPure, NOISELESS, purity, runNoisy, runUnitaryCircuit, scheduleLayers,
  zeroDensity, type NoiseModel,
} from '../../../src/lib/noise';
import { createRng, runCircuit, GATE_NAMES, GATES, type Circuit, type GateOp } from '../../../src/lib/quantum';
import { totalVariation } from '../../../src/lib/metrics';

function randomCircuit(n: number, gates: number, seed: number): Circuit {
  const rng = createRng(seed);
  const ops: GateOp[] = [];
  const names = GATE_NAMES.filter((g) => GATES[g].qubits <= Math.min(n, 2));
  while (ops.length < gates) {
    const gate = names[Math.floor(rng() * names.length)]!;
    const spec = GATES[gate];
    const wires: number[] = [];
    while (wires.length < spec.qubits) {
      const w = Math.floor(rng() * n);
      if (!wires.includes(w)) wires.push(w);
    }
    ops.push({ gate, wires, params: Array.from({ length: spec.params }, () => (rng() * 2 - 1) * Math.PI) });
  }
  return { numQubits: n, ops };
}

describe('density matrices', () => {
  it('H on |0⟩ gives the hand-derived [[½, ½], [½, ½]]', () => {
    const rho = zeroDensity(1);
    applyUnitary(rho, { gate: 'h', wires: [0] });
    for (const v of rho.re) expect(v).toBeCloseTo(0.5, 15);
    for (const v of rho.im) expect(v).toBeCloseTo(0, 15);
  });

  it('U ρ U† for a random circuit equals |ψ⟩⟨ψ| of the state-vector run (3 qubits, 10 circuits)', () => {
    for (let s = 1; s <= 10; s++) {
      const c = randomCircuit(3, 25, s);
      const a = runUnitaryCircuit(c);
      const b = densityFromState(runCircuit(c));
      for (let i = 0; i < a.re.length; i++) {
        expect(a.re[i]).toBeCloseTo(b.re[i]!, 12);
        expect(a.im[i]).toBeCloseTo(b.im[i]!, 12);
      }
      expect(purity(a)).toBeCloseTo(1, 12);
      expect(fidelityWithPure(a, runCircuit(c))).toBeCloseTo(1, 12);
    }
  });
});

describe('scheduleLayers', () => {
  it('puts each gate as early as its qubits allow', () => {
    const c: Circuit = { numQubits: 3, ops: [{ gate: 'h', wires: [0] }, { gate: 'x', wires: [2] }, { gate: 'cx', wires: [0, 1] }, { gate: 'h', wires: [2] }, { gate: 'cx', wires: [1, 2] }] };
    expect(scheduleLayers(c).map((l) => l.map((o) => `${o.gate}${o.wires.join('')}`))).toEqual([['h0', 'x2'], ['cx01', 'h2'], ['cx12']]);
  });
});

describe('runNoisy against hand-derived decay laws', () => {
  const base: NoiseModel = { ...NOISELESS, gate1Ns: 0, gate2Ns: 0 };

  it('is the unitary result when there is no noise', () => {
    const c = randomCircuit(3, 20, 42);
    expect(totalVariation(diagonal(runNoisy(c, NOISELESS)), diagonal(runUnitaryCircuit(c)))).toBeLessThan(1e-12);
  });

  it('T₁: X then an idle wait t leaves P(1) = e^{−t/T₁}', () => {
    for (const t of [0, 10, 50, 200]) {
      const p = diagonal(runNoisy({ numQubits: 1, ops: [{ gate: 'x', wires: [0] }] }, { ...base, t1Us: 100, t2Us: 150, idleUs: t }));
      expect(p[1]).toBeCloseTo(Math.exp(-t / 100), 12);
    }
  });

  it('T₂ (Ramsey): H, wait t, H gives P(0) = (1 + e^{−t/T₂})/2', () => {
    const t2 = 60;
    for (const t of [0, 3, 10, 40]) {
      // H takes no time here; the wait is the model's idle time; the second H is applied noiselessly afterwards.
      const rho = runNoisy({ numQubits: 1, ops: [{ gate: 'h', wires: [0] }] }, { ...base, t1Us: 100, t2Us: t2, idleUs: t });
      applyUnitary(rho, { gate: 'h', wires: [0] });
      expect(diagonal(rho)[0]).toBeCloseTo((1 + Math.exp(-t / t2)) / 2, 12);
    }
  });

  it('depolarizing every gate drives a GHZ state toward uniform, monotonically in the number of gates', () => {
    const ghz: GateOp[] = [{ gate: 'h', wires: [0] }, { gate: 'cx', wires: [0, 1] }, { gate: 'cx', wires: [1, 2] }];
    const uniform = new Float64Array(8).fill(1 / 8);
    let last = Infinity;
    for (const reps of [0, 2, 8, 32]) {
      // Pairs of X gates are the identity, so the ideal result stays GHZ while the noise accumulates.
      const ops = [...ghz, ...Array.from({ length: 2 * reps }, (_, i) => ({ gate: 'x' as const, wires: [i % 3] }))];
      const p = diagonal(runNoisy({ numQubits: 3, ops }, { ...base, depol1: 0.02, depol2: 0.02 }));
      const d = totalVariation(p, uniform);
      expect(d).toBeLessThan(last + 1e-15);
      last = d;
    }
  });

  it('depolarizing on X gates flips each qubit reading with probability (1 − (1 − 4p/3)^k)/2, k = its gate count', () => {
    // Starting from |000⟩ with X gates only, each qubit is an independent classical bit: every noisy gate shrinks its
    // Z component by 1 − 4p/3, so the product distribution below is derived without any density matrix.
    const p = 0.03;
    const gatesPerQubit = [4, 7, 10];
    const ops: GateOp[] = gatesPerQubit.flatMap((k, q) => Array.from({ length: k }, () => ({ gate: 'x' as const, wires: [q] })));
    const got = diagonal(runNoisy({ numQubits: 3, ops }, { ...base, depol1: p }));
    const flip = gatesPerQubit.map((k) => (1 - (1 - (4 * p) / 3) ** k) / 2);
    for (let idx = 0; idx < 8; idx++) {
      let expected = 1;
      for (let q = 0; q < 3; q++) {
        const idealBit = gatesPerQubit[q]! % 2; // an odd number of X gates leaves the qubit at 1
        const bit = (idx >> q) & 1;
        expected *= bit === idealBit ? 1 - flip[q]! : flip[q]!;
      }
      expect(got[idx]).toBeCloseTo(expected, 13);
    }
  });

  it('refuses T₂ > 2T₁ and too many qubits with clear messages', () => {
    expect(() => runNoisy({ numQubits: 1, ops: [] }, { ...base, t1Us: 10, t2Us: 30 })).toThrow(/cannot exceed 2·T₁/);
    expect(() => runNoisy({ numQubits: 9, ops: [] }, base)).toThrow(/1 to 6 qubits/);
  });
});
