import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  amplitudeDamping, applyKraus, bitFlip, depolarizing, phaseDamping, qiskitLambdaFromP, thermalRelaxation, trace,
  type DensityMatrix, type Kraus2,
} from '../../../src/lib/noise';

/** ρ for one qubit from its Bloch vector (x, y, z): (I + xX + yY + zZ)/2, written out by hand. */
function bloch(x: number, y: number, z: number): DensityMatrix {
  return { numQubits: 1, re: Float64Array.from([(1 + z) / 2, x / 2, x / 2, (1 - z) / 2]), im: Float64Array.from([0, -y / 2, y / 2, 0]) };
}
/** Bloch vector of a one-qubit ρ: x = 2 Re ρ01, y = −2 Im ρ01, z = ρ00 − ρ11. */
const blochOf = (r: DensityMatrix) => [2 * r.re[1]!, -2 * r.im[1]!, r.re[0]! - r.re[3]!];

/** Σ K†K, which must be the identity for a trace-preserving channel. */
function completeness(ks: Kraus2[]): number[] {
  const out = [0, 0, 0, 0];
  for (const k of ks)
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++)
        for (let m = 0; m < 2; m++) {
          const [ar, ai] = k[m]![i]!; // conj(K_mi)
          const [br, bi] = k[m]![j]!;
          out[2 * i + j]! += ar * br + ai * bi;
        }
  return out;
}

describe('single-qubit channels (PennyLane conventions)', () => {
  const channels: [string, (p: number) => Kraus2[], number][] = [
    ['amplitude damping', amplitudeDamping, 1], ['phase damping', phaseDamping, 1], ['depolarizing', depolarizing, 1], ['bit flip', bitFlip, 1],
  ];
  it.each(channels)('%s is trace preserving: Σ K†K = I for every strength', (_, make) => {
    for (const p of [0, 0.01, 0.3, 0.75, 1]) {
      const s = completeness(make(p));
      expect(s[0]).toBeCloseTo(1, 14);
      expect(s[3]).toBeCloseTo(1, 14);
      expect(Math.abs(s[1]!)).toBeLessThan(1e-14);
    }
  });

  it('amplitude damping of |1⟩ leaves P(1) = 1 − γ and shrinks coherence by √(1 − γ)', () => {
    const out = applyKraus(bloch(0, 0, -1), 0, amplitudeDamping(0.3));
    expect(out.re[3]).toBeCloseTo(0.7, 14);
    const plus = applyKraus(bloch(1, 0, 0), 0, amplitudeDamping(0.3));
    expect(blochOf(plus)[0]).toBeCloseTo(Math.sqrt(0.7), 14);
  });

  it('depolarizing with PennyLane p shrinks the whole Bloch vector by 1 − 4p/3 (so Qiskit λ = 4p/3)', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (p, t) => {
      const v = [Math.cos(t * Math.PI) * 0.6, 0.5 * t, Math.sin(t * Math.PI) * 0.6];
      const out = blochOf(applyKraus(bloch(v[0]!, v[1]!, v[2]!), 0, depolarizing(p)));
      const shrink = 1 - qiskitLambdaFromP(p);
      for (let i = 0; i < 3; i++) expect(out[i]).toBeCloseTo(shrink * v[i]!, 12);
    }), { numRuns: 200, seed: 8 });
  });

  it('bit flip mixes z toward 0 by 1 − 2p and leaves x alone', () => {
    const out = blochOf(applyKraus(bloch(0.4, 0, 0.8), 0, bitFlip(0.1)));
    expect(out[2]).toBeCloseTo(0.8 * 0.8, 14);
    expect(out[0]).toBeCloseTo(0.4, 14);
  });

  it('acts on the named qubit only, and keeps the trace of a two-qubit state', () => {
    // |01⟩ (qubit 0 is 1): damping qubit 0 fully gives |00⟩; damping qubit 1 changes nothing.
    const rho: DensityMatrix = { numQubits: 2, re: new Float64Array(16), im: new Float64Array(16) };
    rho.re[1 * 4 + 1] = 1;
    expect(applyKraus(rho, 1, amplitudeDamping(1)).re[5]).toBe(1);
    const out = applyKraus(rho, 0, amplitudeDamping(1));
    expect(out.re[0]).toBe(1);
    expect(trace(out)).toBe(1);
  });

  it('rejects strengths outside [0, 1]', () => {
    expect(() => depolarizing(1.2)).toThrow(/between 0 and 1/);
    expect(() => amplitudeDamping(-0.1)).toThrow(/between 0 and 1/);
  });
});

describe('thermalRelaxation', () => {
  it('gives γ₁ = 1 − e^{−t/T₁} and a dephasing that makes coherence decay as e^{−t/T₂}', () => {
    const t = 20, t1 = 100, t2 = 80;
    const { gammaAmplitude, gammaPhase } = thermalRelaxation(t, t1, t2);
    expect(gammaAmplitude).toBeCloseTo(1 - Math.exp(-t / t1), 15);
    // coherence factor √(1−γ₁)·√(1−γ_φ) must equal e^{−t/T₂}
    expect(Math.sqrt(1 - gammaAmplitude) * Math.sqrt(1 - gammaPhase)).toBeCloseTo(Math.exp(-t / t2), 14);
  });
  it('needs no pure dephasing when T₂ = 2T₁, and refuses T₂ > 2T₁', () => {
    expect(thermalRelaxation(5, 50, 100).gammaPhase).toBe(0);
    expect(() => thermalRelaxation(5, 50, 120)).toThrow(/cannot exceed 2·T₁/);
  });
});
