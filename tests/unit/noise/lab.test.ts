import { describe, expect, it } from 'vitest';
import { DEMO_CIRCUITS, HARDWARE_PRESETS, NOISELESS, depolarizing, runLab, withMirrorPairs, type Kraus2 } from '../../../src/lib/noise';
import { runCircuit } from '../../../src/lib/quantum';

const ghz3 = DEMO_CIRCUITS.find((c) => c.id === 'ghz3')!.circuit;

/** Entanglement fidelity Σ_k |Tr K_k|² / d² of a one-qubit channel. */
const entanglementFidelity = (ks: Kraus2[]) => ks.reduce((s, k) => s + (k[0]![0]![0] + k[1]![1]![0]) ** 2 + (k[0]![0]![1] + k[1]![1]![1]) ** 2, 0) / 4;

describe('the decoherence lab', () => {
  it('mirror pairs leave the ideal output unchanged (the GHZ state, hand-written)', () => {
    for (const pairs of [0, 1, 5]) {
      const s = runCircuit(withMirrorPairs(ghz3, pairs));
      expect(s.re[0]).toBeCloseTo(Math.SQRT1_2, 12);
      expect(s.re[7]).toBeCloseTo(Math.SQRT1_2, 12);
    }
    expect(withMirrorPairs(ghz3, 2).ops).toHaveLength(3 * 5);
  });

  it('without noise, the exact result is the ideal one and the sample is a fair split of 000 and 111', () => {
    const r = runLab({ circuit: ghz3, model: NOISELESS, readout: { p01: 0, p10: 0 }, shots: 10_000, seed: 5 });
    expect(r.tvd.noisy).toBeLessThan(1e-12);
    expect(r.fidelity).toBeCloseTo(1, 12);
    expect(r.sampled[0]! + r.sampled[7]!).toBe(1);
    // Binomial(10,000, ½): |freq − ½| > 0.03 is a 6-sigma event (false failure < 1e-8).
    expect(Math.abs(r.sampled[0]! - 0.5)).toBeLessThan(0.03);
  });

  it('with readout error only, mitigation brings the sampled distribution back to within shot noise', () => {
    const r = runLab({ circuit: ghz3, model: NOISELESS, readout: { p01: 0.03, p10: 0.08 }, shots: 50_000, seed: 9 });
    // Readout bias alone: each of 3 qubits misread with 3–8 % → TVD ≈ 0.16; at 50,000 shots the sampling error of the
    // mitigated estimate is ≈ 0.01, so 0.04 leaves over 3 standard deviations of margin on each of 8 outcomes.
    expect(r.tvd.sampled).toBeGreaterThan(0.1);
    expect(r.tvd.mitigated).toBeLessThan(0.04);
  });

  it('distance from ideal grows with depth under the exaggerated preset, toward the uniform ceiling', () => {
    const p = HARDWARE_PRESETS.find((x) => x.id === 'exaggerated')!;
    const d = [0, 5, 20].map((k) => runLab({ circuit: withMirrorPairs(ghz3, k), model: p.model, readout: p.readout, shots: 1, seed: 1 }));
    expect(d[0]!.tvd.noisy).toBeLessThan(d[1]!.tvd.noisy);
    expect(d[1]!.tvd.noisy).toBeLessThan(d[2]!.tvd.noisy);
    expect(d[2]!.fidelity).toBeLessThan(d[0]!.fidelity);
    // The ceiling for GHZ vs uniform is TVD = 1 − 2/8 = 0.75.
    expect(d[2]!.tvd.noisy).toBeLessThan(0.75);
  });

  it('turns reported gate errors into depolarizing strengths whose average infidelity is that error', () => {
    for (const preset of HARDWARE_PRESETS.filter((x) => x.id !== 'exaggerated')) {
      // one-qubit: F_avg = (2·F_e + 1)/3 with F_e from the Kraus operators themselves
      const fe1 = entanglementFidelity(depolarizing(preset.model.depol1));
      const e1 = 1 - (2 * fe1 + 1) / 3;
      // two-qubit: the tensor product of two channels has F_e = F_e(a)·F_e(b); F_avg = (4·F_e + 1)/5
      const fe2 = entanglementFidelity(depolarizing(preset.model.depol2)) ** 2;
      const e2 = 1 - (4 * fe2 + 1) / 5;
      const m = preset.source.match(/sx error ([\d.e-]+), (?:CZ|ECR) error ([\d.e-]+)/)!;
      expect(e1).toBeCloseTo(Number(m[1]), 12);
      // first-order conversion: within 1 % of the reported two-qubit error
      expect(Math.abs(e2 / Number(m[2]) - 1)).toBeLessThan(0.01);
    }
  });

  it('refuses impossible shot counts with a message', () => {
    expect(() => runLab({ circuit: ghz3, model: NOISELESS, readout: { p01: 0, p10: 0 }, shots: 0, seed: 1 })).toThrow(/Shots must be/);
  });
});
