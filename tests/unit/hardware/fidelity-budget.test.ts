import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MACHINES, bornMachineCounts, circuitFidelity, log10Fidelity, maxLayers, mitigationShotFactor } from '../../../src/lib/hardware';
import { parameterCount } from '../../../src/lib/born-machine/ansatz';
import { DEMO_CIRCUITS, NOISELESS, fidelityWithPure, runNoisy, withMirrorPairs } from '../../../src/lib/noise';
import { runCircuit } from '../../../src/lib/quantum';

const errors = { error1q: 0.001, error2q: 0.01, errorReadout: 0.02 };

describe('the fidelity product', () => {
  it('is the product of gate fidelities, as multiplied out by hand', () => {
    // 0.999^10 · 0.99^5 · 0.98^2, each power expanded by repeated multiplication
    let byHand = 1;
    for (let i = 0; i < 10; i++) byHand *= 0.999;
    for (let i = 0; i < 5; i++) byHand *= 0.99;
    byHand *= 0.98 * 0.98;
    expect(circuitFidelity({ oneQubit: 10, twoQubit: 5, measured: 2 }, errors)).toBeCloseTo(byHand, 14);
  });

  it('stays finite in log10 for circuits far too big for a double to hold F', () => {
    const c = { oneQubit: 10_000_000, twoQubit: 1_000_000, measured: 1000 };
    expect(circuitFidelity(c, errors)).toBe(0);
    const expected = (1e7 * Math.log10(0.999)) + (1e6 * Math.log10(0.99)) + 1000 * Math.log10(0.98);
    expect(log10Fidelity(c, errors)).toBeCloseTo(expected, 6);
  });

  it('reproduces the order of Sycamore’s predicted fidelity of 0.2 % for its largest circuit (1,113 + 430 gates, 53 qubits)', () => {
    // Arute et al. 2019 predicted 0.2 % from per-cycle errors; the gate-by-gate product with their simultaneous
    // errors must land within a factor of 2 of it.
    const syc = MACHINES.find((m) => m.id === 'sycamore')!;
    const f = circuitFidelity({ oneQubit: 1113, twoQubit: 430, measured: 53 }, syc);
    expect(f).toBeGreaterThan(0.001);
    expect(f).toBeLessThan(0.004);
  });

  it('agrees with an exact density-matrix simulation to within 25 % in log while F ≥ 0.25 (GHZ-4, depolarizing noise)', () => {
    // The product ignores that an error can leave the state's overlap unchanged, and at small F the mixed state's
    // chance overlap (1/16 here) takes over; so the comparison is limited to F ≥ 0.25.
    const ghz = DEMO_CIRCUITS.find((c) => c.id === 'ghz4')!.circuit;
    for (const e2 of [0.003, 0.01, 0.03]) {
      for (const pairs of [0, 5, 20]) {
        const c = withMirrorPairs(ghz, pairs);
        const one = c.ops.filter((o) => o.wires.length === 1).length;
        const est = circuitFidelity({ oneQubit: one, twoQubit: c.ops.length - one, measured: 0 }, { error1q: e2 / 5, error2q: e2, errorReadout: 0 });
        // Same errors turned into depolarizing strengths as the decoherence lab does (p = 1.5e and 0.625e).
        const sim = fidelityWithPure(runNoisy(c, { ...NOISELESS, depol1: (1.5 * e2) / 5, depol2: 0.625 * e2 }), runCircuit(c));
        if (sim < 0.25) continue;
        expect(Math.abs(Math.log(sim) / Math.log(est) - 1)).toBeLessThan(0.25);
      }
    }
  });
});

describe('maxLayers', () => {
  it('is the largest depth whose fidelity stays at or above the target', () => {
    for (const m of MACHINES) {
      for (const n of [4, 9, 64]) {
        const d = maxLayers({ oneQubit: 3 * n, twoQubit: n - 1 }, n, m, 0.5);
        const at = (k: number) => circuitFidelity({ oneQubit: 3 * n * k, twoQubit: (n - 1) * k, measured: n }, m);
        if (d > 0) expect(at(d)).toBeGreaterThanOrEqual(0.5);
        expect(at(d + 1)).toBeLessThan(0.5);
      }
    }
  });
  it('is 0 when the measurement alone misses the target, and refuses targets outside (0, 1)', () => {
    expect(maxLayers({ oneQubit: 1, twoQubit: 0 }, 100, errors, 0.5)).toBe(0); // 0.98^100 ≈ 0.13
    expect(() => maxLayers({ oneQubit: 1, twoQubit: 0 }, 1, errors, 1)).toThrow(/between 0 and 1/);
  });
});

describe('bornMachineCounts', () => {
  it('counts (3d + 1)·n rotations, the parameter count of the trainer, and d·(n − 1) tree CNOTs', () => {
    expect(bornMachineCounts(9, 10)).toEqual({ oneQubit: 279, twoQubit: 80, measured: 9 });
    for (const [n, d] of [[4, 3], [9, 10], [16, 0]] as const) expect(bornMachineCounts(n, d).oneQubit).toBe(parameterCount(n, d));
  });
});

describe('mitigationShotFactor', () => {
  it('is 1/F²', () => {
    expect(mitigationShotFactor(0.5)).toBe(4);
    expect(mitigationShotFactor(0.1)).toBeCloseTo(100, 10);
  });
});

describe('the machine table', () => {
  it('has one entry per id, error rates that are probabilities, and as many machines as lesson 9 says it holds', () => {
    expect(new Set(MACHINES.map((m) => m.id)).size).toBe(MACHINES.length);
    for (const m of MACHINES) {
      for (const e of [m.error1q, m.error2q, m.errorReadout]) expect(e > 0 && e < 1, m.id).toBe(true);
      expect(Number.isInteger(m.qubits) && m.qubits > 0, m.id).toBe(true);
    }
    // The lesson counts the island's machines in words; a machine added or removed must change the sentence too.
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    const lesson = readFileSync('content/lessons/09-hardware-limits.mdx', 'utf8');
    const said = /published figures for (\w+) machines/.exec(lesson)?.[1];
    expect(said && words.indexOf(said)).toBe(MACHINES.length);
  });
});

describe('error conventions', () => {
  it('names the kind of error each machine quotes: Sycamore Pauli errors, IBM and Quantinuum average gate errors', () => {
    const conv = (id: string) => MACHINES.find((m) => m.id === id)!.convention;
    expect(conv('sycamore')).toBe('pauli');
    for (const id of ['kingston', 'boston', 'h2', 'helios']) expect(conv(id)).toBe('average');
    for (const m of MACHINES) expect(['average', 'pauli', 'unstated']).toContain(m.convention);
  });
  it('converts as the lessons do: r_avg = r_Pauli · d/(d + 1), so Sycamore’s 0.62 % two-qubit Pauli error is 0.496 % average', () => {
    const d = 2 ** 2;
    expect(0.0062 * d / (d + 1)).toBeCloseTo(0.00496, 10);
  });
});
