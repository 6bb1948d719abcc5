/**
 * The gradients against independent math. Every reference here runs circuits through the engine (runCircuit on the
 * exported circuit, not the module's fast kernels) and evaluates the loss as the textbook double sum
 * Σ_x Σ_y (p − π)(x) K(x, y) (p − π)(y), not the module's tensor-product shortcut.
 */
import { describe, expect, it } from 'vitest';
import {
  adjointGradient, applyMixtureKernel, buildAnsatz, forEachShiftedPair, mmdLossAndGradient, shiftGradient, shotGradient, toCircuit,
  type Ansatz,
} from '../../../src/lib/born-machine';
import { basDistribution } from '../../../src/lib/datasets';
import { mmdSquared } from '../../../src/lib/metrics';
import { createRng, probabilities, runCircuit } from '../../../src/lib/quantum';

const SIGMAS = [0.5, 1, 2, 4];

function naiveMmd(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const n = Math.log2(p.length);
  let s = 0;
  for (let x = 0; x < p.length; x++) {
    for (let y = 0; y < p.length; y++) {
      let d = 0;
      for (let b = 0; b < n; b++) d += ((x ^ y) >> b) & 1;
      const k = SIGMAS.reduce((acc, sg) => acc + Math.exp(-d / (2 * sg)), 0) / SIGMAS.length;
      s += (p[x]! - q[x]!) * k * (p[y]! - q[y]!);
    }
  }
  return s;
}

const engineProbs = (a: Ansatz, th: ArrayLike<number>) => probabilities(runCircuit(toCircuit(a, th)));
const engineLoss = (a: Ansatz, th: ArrayLike<number>, data: ArrayLike<number>) => naiveMmd(engineProbs(a, th), data);
const shifted = (th: ArrayLike<number>, k: number, delta: number) => {
  const t = Float64Array.from(th);
  t[k]! += delta;
  return t;
};

/** Parameter shift done the hardware way: two separate shifted circuits, each run in full. */
function engineShiftGradient(a: Ansatz, th: ArrayLike<number>, data: ArrayLike<number>): number[] {
  return Array.from({ length: a.numParams }, (_, k) => {
    const pp = engineProbs(a, shifted(th, k, Math.PI / 2));
    const pm = engineProbs(a, shifted(th, k, -Math.PI / 2));
    const p = engineProbs(a, th);
    // ∂L/∂θ = Σ_x ∂L/∂p(x) · ½(p+ − p−)(x), with ∂L/∂p(x) = 2 Σ_y K(x, y)(p − π)(y) written out.
    const n = Math.log2(p.length);
    let g = 0;
    for (let x = 0; x < p.length; x++) {
      let dLdp = 0;
      for (let y = 0; y < p.length; y++) {
        let d = 0;
        for (let b = 0; b < n; b++) d += ((x ^ y) >> b) & 1;
        dLdp += (2 * SIGMAS.reduce((acc, sg) => acc + Math.exp(-d / (2 * sg)), 0) / SIGMAS.length) * (p[y]! - data[y]!);
      }
      g += dLdp * 0.5 * (pp[x]! - pm[x]!);
    }
    return g;
  });
}

/** Central differences with step h: error O(h²) ≈ 1e-10 at h = 1e-5, plus rounding ≈ 1e-16/h. */
function finiteDifferenceGradient(a: Ansatz, th: ArrayLike<number>, data: ArrayLike<number>, h = 1e-5): number[] {
  return Array.from({ length: a.numParams }, (_, k) => (engineLoss(a, shifted(th, k, h), data) - engineLoss(a, shifted(th, k, -h), data)) / (2 * h));
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

/** Small random cases: 2 to 4 qubits, depths 1 to 3, random entanglers and a random (not only BAS) target. */
function randomCase(seed: number) {
  const rng = createRng(seed);
  const n = 2 + (seed % 3);
  const depth = 1 + (seed % 3);
  const ent: Array<[number, number]> = [];
  for (let q = 1; q < n; q++) ent.push(rng() < 0.5 ? [q - 1, q] : [q, Math.floor(rng() * q)]);
  const a = buildAnsatz(n, depth, ent);
  const th = Float64Array.from({ length: a.numParams }, () => rng() * 2 * Math.PI);
  const w = Float64Array.from({ length: 1 << n }, () => rng());
  const total = w.reduce((s, v) => s + v, 0);
  const data = w.map((v) => v / total);
  return { a, th, data };
}

describe('MMD loss', () => {
  it('matches the double sum and the metrics module, and is 0 when p equals the data', () => {
    const data = basDistribution(2, 2);
    const { a, th } = randomCase(2); // 4 qubits, like the 2×2 data
    const p = engineProbs(a, th);
    const { loss } = mmdLossAndGradient(p, data);
    expect(loss).toBeCloseTo(naiveMmd(p, data), 14);
    expect(loss).toBeCloseTo(mmdSquared(p, data, SIGMAS), 14);
    expect(mmdLossAndGradient(data, data).loss).toBe(0);
    expect(mmdLossAndGradient(basDistribution(3, 3), basDistribution(3, 3)).loss).toBe(0);
  });
  it('∂L/∂p matches finite differences of the double sum', () => {
    const p = Float64Array.from([0.1, 0.2, 0.3, 0.05, 0.05, 0.1, 0.15, 0.05]);
    const q = Float64Array.from([0.3, 0, 0.1, 0.1, 0.2, 0.1, 0.1, 0.1]);
    const { dLdp } = mmdLossAndGradient(p, q);
    for (let x = 0; x < 8; x++) {
      const h = 1e-6;
      const up = p.slice(); up[x]! += h;
      const dn = p.slice(); dn[x]! -= h;
      expect(dLdp[x]!).toBeCloseTo((naiveMmd(up, q) - naiveMmd(dn, q)) / (2 * h), 8);
    }
  });
  it('the kernel transform equals the explicit kernel matrix', () => {
    const v = [0.3, -0.2, 0.5, 0.1];
    const kv = applyMixtureKernel(v);
    for (let x = 0; x < 4; x++) {
      let s = 0;
      for (let y = 0; y < 4; y++) {
        const d = ((x ^ y) & 1) + (((x ^ y) >> 1) & 1);
        s += (SIGMAS.reduce((acc, sg) => acc + Math.exp(-d / (2 * sg)), 0) / 4) * v[y]!;
      }
      expect(kv[x]!).toBeCloseTo(s, 14);
    }
  });
});

describe('gradients agree: adjoint = parameter shift = finite differences', () => {
  // Measured on these 12 cases: adjoint vs engine parameter shift ≲ 1e-16, vs central differences ≲ 1e-10.
  const worst = { shift: 0, fd: 0, moduleShift: 0 };
  for (let seed = 1; seed <= 12; seed++) {
    it(`random circuit ${seed}`, () => {
      const { a, th, data } = randomCase(seed);
      const adj = adjointGradient(a, th, data).gradient;
      const ps = engineShiftGradient(a, th, data);
      const fd = finiteDifferenceGradient(a, th, data);
      const mod = shiftGradient(a, th, data).gradient;
      worst.shift = Math.max(worst.shift, maxAbsDiff(adj, ps));
      worst.fd = Math.max(worst.fd, maxAbsDiff(adj, fd));
      worst.moduleShift = Math.max(worst.moduleShift, maxAbsDiff(mod, ps));
      expect(maxAbsDiff(adj, ps)).toBeLessThan(1e-8);
      expect(maxAbsDiff(adj, fd)).toBeLessThan(1e-8);
      expect(maxAbsDiff(mod, ps)).toBeLessThan(1e-8);
      // Not trivially zero: the gradient has real size.
      expect(Math.max(...Array.from(adj, Math.abs))).toBeGreaterThan(1e-4);
    });
  }
  it('reports the worst disagreement', () => {
    console.log(`worst |adjoint − parameter shift (engine)| = ${worst.shift.toExponential(2)}; |adjoint − central differences| = ${worst.fd.toExponential(2)}; |module shift − engine shift| = ${worst.moduleShift.toExponential(2)}`);
    expect(worst.shift).toBeLessThan(1e-8);
  });

  it("the shortcut's shifted distributions equal the two shifted circuits run in full", () => {
    const { a, th } = randomCase(7);
    forEachShiftedPair(a, th, (k, pp, pm) => {
      expect(maxAbsDiff(pp, engineProbs(a, shifted(th, k, Math.PI / 2)))).toBeLessThan(1e-13);
      expect(maxAbsDiff(pm, engineProbs(a, shifted(th, k, -Math.PI / 2)))).toBeLessThan(1e-13);
    });
  });
});

describe('finite-shots gradient (Liu & Wang App. A estimator)', () => {
  it('is unbiased: the mean of many seeded estimates lands within 5 standard errors of the exact gradient', () => {
    const data = basDistribution(2, 2);
    const a = buildAnsatz(4, 1, [[0, 1], [0, 2], [0, 3]]);
    const rng = createRng(31);
    const th = Float64Array.from({ length: a.numParams }, () => rng() * 2 * Math.PI);
    const exact = adjointGradient(a, th, data).gradient;
    const M = 400;
    const shots = 200;
    const sum = new Float64Array(a.numParams);
    const sumSq = new Float64Array(a.numParams);
    for (let m = 0; m < M; m++) {
      const g = shotGradient(a, th, data, shots, createRng(1000 + m)).gradient;
      for (let k = 0; k < g.length; k++) { sum[k]! += g[k]!; sumSq[k]! += g[k]! ** 2; }
    }
    // Each component's mean is a sum of M independent estimates, so close to normal. A correct (unbiased) estimator
    // leaves a component outside 5 standard errors with probability ≈ 5.7e-7; over 16 components the chance of a
    // false failure is below 1e-5. The seeds are fixed, so the result never changes between runs.
    let worstZ = 0;
    for (let k = 0; k < a.numParams; k++) {
      const mean = sum[k]! / M;
      const sd = Math.sqrt((sumSq[k]! - M * mean * mean) / (M - 1));
      const se = sd / Math.sqrt(M);
      worstZ = Math.max(worstZ, Math.abs(mean - exact[k]!) / se);
      expect(Math.abs(mean - exact[k]!)).toBeLessThanOrEqual(5 * se);
      // The test has power: the standard error is small next to the typical gradient.
      expect(se).toBeLessThan(0.01);
    }
    console.log(`shots-gradient bias check: worst |mean − exact| = ${worstZ.toFixed(2)} standard errors over ${a.numParams} components`);
  });
  it('shot noise shrinks like 1/√N', () => {
    const data = basDistribution(2, 2);
    const a = buildAnsatz(4, 1, [[0, 1], [0, 2], [0, 3]]);
    const th = Float64Array.from({ length: a.numParams }, (_, i) => 0.3 + 0.7 * i);
    const exact = adjointGradient(a, th, data).gradient;
    const rms = (shots: number) => {
      let s = 0;
      const M = 60;
      for (let m = 0; m < M; m++) {
        const g = shotGradient(a, th, data, shots, createRng(5000 + m)).gradient;
        for (let k = 0; k < g.length; k++) s += (g[k]! - exact[k]!) ** 2;
      }
      return Math.sqrt(s / M);
    };
    const ratio = rms(100) / rms(1600);
    // 16× the shots should cut the error 4×; 60 repetitions × 16 components keep the ratio within ±20 % (its
    // relative standard error is about 3 %, so a false failure is a > 6σ event).
    expect(ratio).toBeGreaterThan(3.2);
    expect(ratio).toBeLessThan(4.8);
  });
});
