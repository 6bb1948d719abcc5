// The Recio-Armengol et al. (2025) reproduction, checked against independent maths: brute-force kernel sums, finite
// differences, the engine's state vector, enumeration of coins and of Ising states. The full reproduction is
// `npm run reproduce -- recio-armengol` (minutes), not a unit test.
import { describe, expect, it } from 'vitest';
import { createRng, runCircuit, probabilities, type GateOp } from '../../../src/lib/quantum';
import { BLOB_CENTRE_BITS, sampleBlobs } from '../../../src/lib/reproduce/recio-armengol/blobs';
import { createBitflipModel } from '../../../src/lib/reproduce/recio-armengol/bitflip-model';
import { choose, localGates } from '../../../src/lib/reproduce/recio-armengol/gates';
import { createIqpModel, type IqpSpec } from '../../../src/lib/reproduce/recio-armengol/iqp-model';
import { ISING_4X4, isingEnergy, sampleIsingChains, type IsingModel } from '../../../src/lib/reproduce/recio-armengol/ising';
import { kernelWeights } from '../../../src/lib/reproduce/recio-armengol/kernel-weights';
import { mmdFromZ } from '../../../src/lib/reproduce/recio-armengol/mmd';
import { arraySplit, formatTable, startRun, summarise, type RunResult } from '../../../src/lib/reproduce/recio-armengol/reproduction';
import { sampledIqpLoss } from '../../../src/lib/reproduce/recio-armengol/sampled-loss';
import { zExpectationsOfDistribution, zExpectationsOfSamples } from '../../../src/lib/reproduce/recio-armengol/z-expectations';

const hamming = (x: number, y: number) => {
  let d = 0;
  for (let t = x ^ y; t; t &= t - 1) d++;
  return d;
};
const kernel = (x: number, y: number, sigma: number) => Math.exp(-hamming(x, y) / (2 * sigma * sigma));
const randomDistribution = (size: number, rng: () => number) => {
  const p = Float64Array.from({ length: size }, () => rng() ** 3);
  const s = p.reduce((a, b) => a + b, 0);
  return p.map((v) => v / s);
};
const randomSamples = (count: number, n: number, rng: () => number) => Int32Array.from({ length: count }, () => Math.floor(rng() ** 2 * (1 << n)));

describe('the gate sets and kernel weights', () => {
  it('all Z-strings of weight 1..k: 2,516 gates for k = 4 and 14,892 for k = 6 at 16 qubits, each once', () => {
    expect(localGates(16, 4).length).toBe(16 + 120 + 560 + 1820);
    expect(localGates(16, 6).length).toBe(choose(16, 5) + choose(16, 6) + 2516);
    expect(new Set(localGates(16, 6)).size).toBe(14_892);
    expect([...localGates(3, 2)]).toEqual([0b001, 0b010, 0b100, 0b011, 0b101, 0b110]);
  });

  it('the λ_s are a probability distribution, for one bandwidth and for the mean of two', () => {
    for (const sigmas of [[0.6], [0.6, 1.3]]) expect(kernelWeights(10, sigmas).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe('MMD² by Walsh–Hadamard transforms equals the brute-force double sum', () => {
  it('exact distributions, n = 6 and 8, two bandwidths', () => {
    const rng = createRng(11);
    for (const n of [6, 8]) {
      for (const sigma of [0.6, 2.5]) {
        const p = randomDistribution(1 << n, rng), q = randomDistribution(1 << n, rng);
        let brute = 0;
        for (let x = 0; x < 1 << n; x++) for (let y = 0; y < 1 << n; y++) brute += (p[x]! - q[x]!) * (p[y]! - q[y]!) * kernel(x, y, sigma);
        const fast = mmdFromZ({ z: zExpectationsOfDistribution(p), count: null }, { z: zExpectationsOfDistribution(q), count: null }, kernelWeights(n, [sigma]));
        expect(fast).toBeGreaterThan(1e-6);
        expect(fast).toBeCloseTo(brute, 12);
      }
    }
  });

  it('sample sets: the unbiased U-statistic of the paper (diagonal terms left out), n = 7', () => {
    const rng = createRng(12);
    const n = 7, sigma = 1.3;
    const xs = randomSamples(60, n, rng), p = randomDistribution(1 << n, rng);
    // E_p k(x, x') exactly, −2·mean over samples of E_p k(x, y), and the off-diagonal mean over sample pairs.
    let kpp = 0, kps = 0, kss = 0;
    for (let x = 0; x < 1 << n; x++) for (let y = 0; y < 1 << n; y++) kpp += p[x]! * p[y]! * kernel(x, y, sigma);
    for (const y of xs) for (let x = 0; x < 1 << n; x++) kps += (p[x]! * kernel(x, y, sigma)) / xs.length;
    for (let i = 0; i < xs.length; i++) for (let j = 0; j < xs.length; j++) if (i !== j) kss += kernel(xs[i]!, xs[j]!, sigma) / (xs.length * (xs.length - 1));
    const fast = mmdFromZ({ z: zExpectationsOfDistribution(p), count: null }, { z: zExpectationsOfSamples(xs, n), count: xs.length }, kernelWeights(n, [sigma]));
    expect(fast).toBeCloseTo(kpp - 2 * kps + kss, 12);
  });
});

/** exp(−iθ Z_g) with the engine's gates: a CX ladder collects the parity on the top qubit, rz(2θ) = exp(−iθZ) there. */
function zStringRotation(mask: number, theta: number, n: number): GateOp[] {
  const qs = [...Array(n).keys()].filter((q) => (mask >>> q) & 1);
  const top = qs[qs.length - 1]!;
  const ladder: GateOp[] = qs.slice(0, -1).map((q) => ({ gate: 'cx', wires: [q, top] }));
  return [...ladder, { gate: 'rz', wires: [top], params: [2 * theta] }, ...ladder.reverse()];
}

describe('the IQP model', () => {
  const n = 5;
  const gates = localGates(n, 3);
  const theta = Float64Array.from(gates, (_, k) => Math.sin(1.7 * k + 0.3));

  it('gives the engine\'s probabilities, from |0…0⟩ and from the spin-symmetric input', () => {
    for (const spinSymmetric of [false, true]) {
      const h: GateOp[] = [...Array(n).keys()].map((q) => ({ gate: 'h', wires: [q] }));
      const ghz: GateOp[] = spinSymmetric ? [{ gate: 'h', wires: [0] }, ...[1, 2, 3, 4].map((q): GateOp => ({ gate: 'cx', wires: [0, q] }))] : [];
      const ops = [...ghz, ...h, ...[...gates].flatMap((g, k) => zStringRotation(g, theta[k]!, n)), ...h];
      const expected = probabilities(runCircuit({ numQubits: n, ops }));
      const got = createIqpModel({ n, gates, spinSymmetric }).probabilities(theta);
      for (let x = 0; x < 1 << n; x++) expect(got[x]).toBeCloseTo(expected[x]!, 12);
      if (spinSymmetric) for (let x = 0; x < 1 << n; x++) expect(got[x]).toBeCloseTo(got[x ^ 0b11111]!, 12);
    }
  });

  it('its gradient matches central finite differences (both inputs, exact and sampled data sides)', () => {
    const rng = createRng(5);
    const data = randomSamples(40, n, rng);
    const weights = kernelWeights(n, [0.6, 1.3]);
    for (const spinSymmetric of [false, true]) {
      const model = createIqpModel({ n, gates, spinSymmetric });
      const side = { z: zExpectationsOfSamples(data, n), count: data.length };
      const { gradient } = model.lossAndGradient(theta, side, weights);
      const h = 1e-5;
      for (const k of [0, 3, 7, 12, gates.length - 1]) {
        const up = Float64Array.from(theta), down = Float64Array.from(theta);
        up[k]! += h;
        down[k]! -= h;
        const fd = (model.lossAndGradient(up, side, weights).loss - model.lossAndGradient(down, side, weights).loss) / (2 * h);
        expect(gradient[k]).toBeCloseTo(fd, 8);
      }
    }
  });

  it('the paper\'s sampled estimator averages to the exact loss', () => {
    // 3,000 operators × 200 samples, n = 4: the exact loss is 0.0147; the estimator's spread over operators gives a
    // standard error near 4e-4 (measured over seeds), so a 2e-3 tolerance is about 5 standard errors: a false
    // failure about once in 10⁶ seeds.
    const spec: IqpSpec = { n: 4, gates: localGates(4, 2), spinSymmetric: false };
    const th = Float64Array.from(spec.gates, (_, k) => 0.4 * Math.cos(k));
    const rng = createRng(21);
    const data = randomSamples(200, 4, rng);
    const z = zExpectationsOfSamples(data, 4);
    const exact = createIqpModel(spec).lossAndGradient(th, { z, count: data.length }, kernelWeights(4, [0.8, 1.5])).loss;
    const est = sampledIqpLoss(spec, th, z, data.length, { sigmas: [0.8, 1.5], nOps: 3000, nSamples: 200, rng: createRng(3) });
    expect(exact).toBeGreaterThan(0.005);
    expect(Math.abs(est - exact)).toBeLessThan(2e-3);
  });
});

describe('the bit-flip model (coherence removed)', () => {
  const n = 3;
  const gates = localGates(n, 2);
  const theta = Float64Array.from([0.3, 1.1, -0.7, 2.0, 0.45, -1.3]);

  it('its ⟨Z_s⟩ equal the enumeration of every coin outcome, with and without the global flip', () => {
    for (const spinSymmetric of [false, true]) {
      const p = new Float64Array(1 << n);
      for (let coins = 0; coins < 1 << gates.length; coins++) {
        let prob = 1, x = 0;
        gates.forEach((g, k) => {
          const flip = Math.sin(theta[k]!) ** 2;
          if ((coins >>> k) & 1) {
            prob *= flip;
            x ^= g;
          } else prob *= 1 - flip;
        });
        if (spinSymmetric) {
          p[x]! += prob / 2;
          p[x ^ 0b111]! += prob / 2;
        } else p[x]! += prob;
      }
      const expected = zExpectationsOfDistribution(p);
      const got = createBitflipModel({ n, gates, spinSymmetric }).zExpectations(theta);
      for (let s = 0; s < 1 << n; s++) expect(got[s]).toBeCloseTo(expected[s]!, 12);
    }
  });

  it('its gradient matches central finite differences', () => {
    const model = createBitflipModel({ n, gates, spinSymmetric: false });
    const side = { z: zExpectationsOfSamples(Int32Array.from([1, 3, 3, 6, 7, 0]), n), count: 6 };
    const w = kernelWeights(n, [0.9]);
    const { gradient } = model.lossAndGradient(theta, side, w);
    for (let k = 0; k < gates.length; k++) {
      const up = Float64Array.from(theta), down = Float64Array.from(theta);
      up[k]! += 1e-6;
      down[k]! -= 1e-6;
      expect(gradient[k]).toBeCloseTo((model.lossAndGradient(up, side, w).loss - model.lossAndGradient(down, side, w).loss) / 2e-6, 7);
    }
  });
});

describe('the data recipes', () => {
  it('8 blobs: eight distinct centres, and 0.8 flipped bits per sample on average (16 × 0.05)', () => {
    expect(new Set(BLOB_CENTRE_BITS).size).toBe(8);
    const xs = sampleBlobs(20_000, createRng(8));
    // Centres are at least 4 bits apart, so the nearest centre is the one drawn unless 2+ bits flip towards another
    // (rare). Flips per sample: mean 0.8, sd 0.87, so the mean of 20,000 has sd 0.006: 0.05 is 8 sd.
    const flips = [...xs].map((x) => Math.min(...BLOB_CENTRE_BITS.map((c) => hamming(x, c))));
    expect(flips.reduce((a, b) => a + b, 0) / xs.length).toBeGreaterThan(0.75);
    expect(flips.reduce((a, b) => a + b, 0) / xs.length).toBeLessThan(0.85);
  });

  it('Ising: the Metropolis chains reproduce the exact mean energy of a 3×3 torus at T = 3', () => {
    const rng = createRng(33);
    const bonds: [number, number, number][] = [];
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) bonds.push([3 * r + c, 3 * r + ((c + 1) % 3), 0.5 + rng()], [3 * r + c, 3 * ((r + 1) % 3) + c, 0.5 + rng()]);
    const m: IsingModel = { sites: 9, bonds, temperature: 3 };
    let z = 0, e1 = 0;
    for (let x = 0; x < 512; x++) {
      const w = Math.exp(-isingEnergy(m, x) / 3);
      z += w;
      e1 += w * isingEnergy(m, x);
    }
    const xs = sampleIsingChains(m, { chains: 4, burnIn: 200, sweepsPerChain: 6000, thinning: 1 }, createRng(34));
    const mean = [...xs].reduce((a, x) => a + isingEnergy(m, x), 0) / xs.length;
    // 24,000 correlated states (sd of E about 6, autocorrelation a few sweeps at T = 3): standard error near 0.1;
    // 0.5 is about 5 standard errors.
    expect(Math.abs(mean - e1 / z)).toBeLessThan(0.5);
  });

  it('Ising: the reconstructed 4×4 couplings give the repository\'s energy statistics', () => {
    // ising_4_4_T_3_moments.csv: mean energy of its 50,000 test samples −18.693 (std 9.661). The exact mean over all
    // 2¹⁶ states with the couplings replayed from the generator's seed is −18.770; the samples' standard error is
    // about 0.04·√(autocorrelation), so within 0.2 is expected; uniform couplings (J = 1) would give −16.27.
    let z = 0, e1 = 0, e2 = 0;
    for (let x = 0; x < 1 << 16; x++) {
      const e = isingEnergy(ISING_4X4, x);
      const w = Math.exp(-e / 3);
      z += w;
      e1 += w * e;
      e2 += w * e * e;
    }
    expect(Math.abs(e1 / z + 18.693)).toBeLessThan(0.2);
    expect(Math.sqrt(e2 / z - (e1 / z) ** 2)).toBeCloseTo(9.66, 1);
  });
});

describe('the run loop and the summary', () => {
  it('a shortened fixed-seed IQP run on 8 blobs lowers its loss by half in 40 steps', () => {
    const run = startRun('8-blobs', 'iqp', 1, 40);
    const first = run.step().loss;
    let last = first;
    while (!run.done) last = run.step().loss;
    expect(last).toBeLessThan(0.5 * first);
    const r = run.result(0);
    expect(r.steps).toBe(40);
    expect(r.test.mean).toBeLessThan(0.02); // the uniform-random row is 0.125 at this bandwidth
    expect(() => startRun('8-blobs', 'deep-ebm', 1)).toThrow(/paper's figure only/);
  }, 30_000);

  it('array_split sizes as NumPy makes them', () => {
    expect(arraySplit(Int32Array.from({ length: 10 }, (_, i) => i), 3).map((c) => [...c])).toEqual([[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]]);
  });

  it('means, ranges, the 2× target and the ordering, by hand', () => {
    const r = (modelId: RunResult['modelId'], seed: number, mean: number): RunResult => ({ datasetId: '8-blobs', modelId, seed, steps: 10, trainLoss: null, test: { mean, se: 1e-4 }, ms: 1 });
    const s = summarise([r('iqp', 1, 1e-3), r('iqp', 2, 2e-3), r('iqp', 3, 3e-3), r('rbm', 1, 5e-3), r('rbm', 2, 1e-3), r('rbm', 3, 6e-3), r('random', 1, 0.1), r('random', 2, 0.1), r('random', 3, 0.1)]);
    expect(s).toHaveLength(1);
    const iqp = s[0]!.rows.find((x) => x.modelId === 'iqp')!;
    expect(iqp.mean).toBeCloseTo(2e-3, 15);
    expect([iqp.min, iqp.max]).toEqual([1e-3, 3e-3]);
    expect(iqp.ratio).toBeCloseTo(2e-3 / 1.4049e-3, 12);
    expect(iqp.withinTarget).toBe(true);
    expect(s[0]!.orderingHolds).toBe(false); // seed 2: RBM 1e-3 < IQP 2e-3
    expect(s[0]!.rows.find((x) => x.modelId === 'noise-floor')!.mean).toBeNull();
    const t = formatTable(s);
    expect(t).toMatch(/IQP, trained classically +10 +1,2,3 +2\.00e-3 \(1\.00e-3 – 3\.00e-3\) +1\.00e-4 +1\.40e-3 +1\.07e-4 +1\.42× ✓ within 2×/);
    expect(t).toMatch(/does not hold ✗/);
  });
});
