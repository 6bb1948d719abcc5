/**
 * Grader for exercise 02 (add noise). Expected values come from closed forms (Bloch-vector contraction, P(1) = 1 − γ)
 * and from the graders' own dense-matrix simulation in ./lib/dense.ts, never from a solution.
 */
import type { Check, Grader } from '../../src/lib/exercises/types';
import type { DensityMatrix, Gate, Mat2 } from './density';
import { H, X } from './density';
import { channel, embed, eye, matmul, dagger, maxDiff, zeros, type M } from '../../src/lib/exercises/grading/dense';
import { fmt, fmtList, intIn, mulberry32, uniformIn } from '../../src/lib/exercises/grading/prng';
import type { RemoteFunction } from '../../src/lib/exercises/sandbox/remote-learner';

/** The learner's module as the checks see it: each call crosses to the sandbox and back. */
export interface NoiseModule {
  bitFlipKraus(p: number): Promise<Mat2[]>;
  depolarizingKraus(p: number): Promise<Mat2[]>;
  qiskitLambdaToP(lambda: number): Promise<number>;
  amplitudeDampingKraus(gamma: number): Promise<Mat2[]>;
  runNoisy(n: number, gates: Gate[], channel: Mat2[]): Promise<DensityMatrix>;
  applyReadoutError(probs: ArrayLike<number>, p01: number[], p10: number[]): Promise<Float64Array | number[]>;
  mitigateReadout(measured: ArrayLike<number>, p01: number[], p10: number[]): Promise<Float64Array | number[]>;
}

const asM = (k: Mat2): M => k.map((row) => row.map(([r, i]) => [r, i] as [number, number]));

/** A random one-qubit density matrix from a Bloch vector inside the ball. */
function randomQubit(seed: number): { rho: M; bloch: [number, number, number] } {
  const rng = mulberry32(seed);
  let v: [number, number, number];
  do v = [rng() * 2 - 1, rng() * 2 - 1, rng() * 2 - 1];
  while (Math.hypot(...v) > 1);
  const [x, y, z] = v;
  return { rho: [[[(1 + z) / 2, 0], [x / 2, -y / 2]], [[x / 2, y / 2], [(1 - z) / 2, 0]]], bloch: v };
}
const blochOf = (rho: M): [number, number, number] => [2 * rho[0]![1]![0], -2 * rho[0]![1]![1], rho[0]![0]![0] - rho[1]![1]![0]];
const fmtV = (v: number[]) => `(${v.map((x) => fmt(x, 5)).join(', ')})`;

function completeness(ks: Mat2[]): number {
  const sum = ks.map(asM).reduce((acc, k) => {
    const kk = matmul(dagger(k), k);
    return acc.map((row, i) => row.map((x, j) => [x[0] + kk[i]![j]![0], x[1] + kk[i]![j]![1]] as [number, number]));
  }, zeros(2));
  return maxDiff(sum, eye(2));
}

async function blochCheck(name: string, ks: (p: number) => Promise<Mat2[]>, expected: (v: [number, number, number], p: number) => [number, number, number], ps: number[]) {
  for (const p of ps) {
    const kraus = await ks(p);
    if (completeness(kraus) > 1e-9) {
      return { pass: false, message: `${name}(${p}): the Kraus matrices must satisfy Σ K†K = I (probabilities must add up to 1).`, expected: 'Σ K†K = I', actual: `off by ${fmt(completeness(kraus), 3)}` };
    }
    for (const seed of [1, 2, 3]) {
      const { rho, bloch } = randomQubit(seed * 31 + Math.round(p * 100));
      const got = blochOf(channel(rho, kraus.map(asM)));
      const want = expected(bloch, p);
      if (Math.max(...got.map((g, i) => Math.abs(g - want[i]!))) > 1e-9) {
        return { pass: false, message: `${name}(${p}) maps the Bloch vector ${fmtV(bloch)} to the wrong place.`, expected: fmtV(want), actual: fmtV(got) };
      }
    }
  }
  return null;
}

const bitFlip: Check<NoiseModule> = {
  id: 'bit-flip', title: 'Bit flip shrinks the y and z Bloch components by 1 − 2p', points: 1,
  async run(m) {
    return (await blochCheck('bitFlipKraus', m.bitFlipKraus, ([x, y, z], p) => [x, (1 - 2 * p) * y, (1 - 2 * p) * z], [0, 0.1, 0.35]))
      ?? { pass: true, message: 'Bit flip acts as (x, (1−2p)y, (1−2p)z).' };
  },
};

const depolarizing: Check<NoiseModule> = {
  id: 'depolarizing', title: 'Depolarizing (PennyLane p) shrinks the Bloch vector by 1 − 4p/3', points: 2,
  async run(m) {
    const r = await blochCheck('depolarizingKraus', m.depolarizingKraus, (v, p) => v.map((c) => (1 - (4 * p) / 3) * c) as [number, number, number], [0, 0.05, 0.3, 0.75, 1]);
    if (r) return { ...r, message: `${r.message} With PennyLane's p, the Bloch vector shrinks by 1 − 4p/3 (p = 3/4 reaches the centre); shrinking by 1 − p is Qiskit's λ used as if it were p. p runs from 0 to 1 (p = 1 turns the vector to −1/3 of itself).` };
    return { pass: true, message: 'Depolarizing uses PennyLane\'s convention: factor 1 − 4p/3, fully mixed at p = 3/4.' };
  },
};

const lambda: Check<NoiseModule> = {
  id: 'lambda-conversion', title: 'Qiskit λ converts to PennyLane p = 3λ/4', points: 1,
  async run(m) {
    // Qiskit accepts 0 ≤ λ ≤ 4/3 for one qubit (λ = 4/3 is p = 1), so the conversion must not clamp at 1 or at 3/4.
    for (const l of [0, 0.02, 0.4, 1, 1.2, 4 / 3]) {
      const p = await m.qiskitLambdaToP(l);
      // Qiskit: E(ρ) = (1 − λ)ρ + λ I/2, so the Bloch vector shrinks by 1 − λ; PennyLane's shrinks by 1 − 4p/3.
      if (!(Math.abs(1 - (4 * p) / 3 - (1 - l)) < 1e-12)) {
        return { pass: false, message: `λ = ${fmt(l)} in Qiskit's convention shrinks the Bloch vector by 1 − λ = ${fmt(1 - l)}; the p you return must give the same (λ runs from 0 to 4/3, p from 0 to 1).`, expected: `p = ${fmt((3 * l) / 4)}`, actual: `p = ${fmt(p)}` };
      }
    }
    return { pass: true, message: 'λ = 4p/3 is converted correctly.' };
  },
};

const damping: Check<NoiseModule> = {
  id: 'amplitude-damping', title: 'Amplitude damping leaves P(1) = 1 − γ and keeps the trace', points: 2,
  async run(m) {
    for (const g of [0.1, 0.5, 0.9]) {
      const one: M = [[[0, 0], [0, 0]], [[0, 0], [1, 0]]];
      const out = channel(one, (await m.amplitudeDampingKraus(g)).map(asM));
      const p1 = out[1]![1]![0];
      const tr = out[0]![0]![0] + p1;
      if (Math.abs(p1 - (1 - g)) > 1e-12 || Math.abs(tr - 1) > 1e-12) {
        return { pass: false, message: `Starting from |1⟩, amplitude damping with γ = ${g} should leave P(1) = 1 − γ with trace 1.`, expected: `P(1) = ${fmt(1 - g)}, trace 1`, actual: `P(1) = ${fmt(p1)}, trace ${fmt(tr)}` };
      }
    }
    const r = await blochCheck('amplitudeDampingKraus', m.amplitudeDampingKraus, ([x, y, z], g) => [Math.sqrt(1 - g) * x, Math.sqrt(1 - g) * y, g + (1 - g) * z], [0.3]);
    return r ?? { pass: true, message: 'Amplitude damping: P(1) = 1 − γ, coherences × √(1 − γ), trace kept.' };
  },
};

/** The graders' own noisy simulation with full-size matrices. */
function denseNoisy(n: number, gates: Gate[], ks: Mat2[]): M {
  let rho = zeros(1 << n);
  rho[0]![0] = [1, 0];
  const full = (g: Gate): M => {
    if (g.kind === 'one') return embed(asM(g.matrix), g.qubit, n);
    const dim = 1 << n;
    const u = zeros(dim);
    for (let k = 0; k < dim; k++) u[(k >> g.control) & 1 ? k ^ (1 << g.target) : k]![k] = [1, 0];
    return u;
  };
  for (const g of gates) {
    const u = full(g);
    rho = matmul(matmul(u, rho), dagger(u));
    for (const q of g.kind === 'one' ? [g.qubit] : [g.control, g.target]) rho = channel(rho, ks.map((k) => embed(asM(k), q, n)));
  }
  return rho;
}

const c = (r: number, i = 0): [number, number] => [r, i];
function graderDepolarizing(p: number): Mat2[] {
  const a = Math.sqrt(1 - p);
  const b = Math.sqrt(p / 3);
  return [[[c(a), c(0)], [c(0), c(a)]], [[c(0), c(b)], [c(b), c(0)]], [[c(0), c(0, -b)], [c(0, b), c(0)]], [[c(b), c(0)], [c(0), c(-b)]]];
}
function graderDamping(g: number): Mat2[] {
  return [[[c(1), c(0)], [c(0), c(Math.sqrt(1 - g))]], [[c(0), c(Math.sqrt(g))], [c(0), c(0)]]];
}

const everyGate: Check<NoiseModule> = {
  id: 'noise-every-gate', title: 'Noise acts after every gate, on the qubits the gate touched', points: 2,
  async run(m) {
    // The channels are built here, not taken from the learner's depolarizingKraus or amplitudeDampingKraus: this
    // check blames only runNoisy, whatever convention those functions use (they have checks of their own).
    const p = 0.06;
    const dep = graderDepolarizing(p);
    const xs: Gate[] = Array.from({ length: 4 }, () => ({ kind: 'one', qubit: 0, matrix: X }));
    const rho = await m.runNoisy(1, xs, dep);
    const z = rho.re[0]! - rho.re[3]!;
    const want = (1 - (4 * p) / 3) ** 4;
    if (Math.abs(z - want) > 1e-9) {
      return { pass: false, message: `Four X gates with depolarizing p = ${p} after each: ⟨Z⟩ should be (1 − 4p/3)^4. A value of (1 − 4p/3) means the noise was applied once, not after every gate.`, expected: fmt(want), actual: fmt(z) };
    }
    const bell: Gate[] = [{ kind: 'one', qubit: 0, matrix: H }, { kind: 'cx', control: 0, target: 1 }, { kind: 'one', qubit: 2, matrix: X }];
    const damp = graderDamping(0.2);
    const got = await m.runNoisy(3, bell, damp);
    const ref = denseNoisy(3, bell, damp);
    const dim = 8;
    let worst = 0;
    for (let r = 0; r < dim; r++) for (let c = 0; c < dim; c++) worst = Math.max(worst, Math.hypot(got.re[r * dim + c]! - ref[r]![c]![0], got.im[r * dim + c]! - ref[r]![c]![1]));
    if (worst > 1e-9) {
      return { pass: false, message: 'On a 3-qubit circuit (H on q0, CX q0→q1, X on q2) with amplitude damping after each gate on the qubits it touched (2-qubit gates: on both), the density matrix differs from the expected one (tolerance 1e-9).', expected: `diagonal ${fmtList(ref.map((row, i) => row[i]![0]), 4)}`, actual: `diagonal ${fmtList(Array.from({ length: dim }, (_, k) => got.re[k * dim + k]!), 4)}` };
    }
    return { pass: true, message: 'Noise follows every gate, only on the qubits it touched.' };
  },
};

/** The full 2^n x 2^n confusion matrix, entry by entry: P(read r | true t) = Π_q P(bit q of r | bit q of t). */
function confusion(p01: number[], p10: number[]): number[][] {
  const n = p01.length;
  const dim = 1 << n;
  return Array.from({ length: dim }, (_, r) => Array.from({ length: dim }, (_, t) => {
    let prob = 1;
    for (let q = 0; q < n; q++) {
      const tb = (t >> q) & 1;
      const rb = (r >> q) & 1;
      prob *= tb === 0 ? (rb === 0 ? 1 - p01[q]! : p01[q]!) : rb === 1 ? 1 - p10[q]! : p10[q]!;
    }
    return prob;
  }));
}
const P01 = [0.02, 0.05, 0.01];
const P10 = [0.08, 0.03, 0.12];
function randomDistribution(seed: number, dim: number): number[] {
  const rng = mulberry32(seed);
  const w = Array.from({ length: dim }, () => rng() + 0.05);
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / s);
}

/**
 * Random cases drawn from a fixed seed (the graders' mulberry32, not fast-check, which would add 60 KB to the browser's
 * grading worker): 1 to 4 qubits, error rates 0 to 0.3 (so p01 + p10 < 1 and every
 * confusion matrix is invertible), distributions with some exact zeros, as measured frequencies have.
 */
function sweepCases(seed: number, numRuns: number) {
  const rng = mulberry32(seed);
  const cases = Array.from({ length: numRuns }, () => {
    const n = intIn(rng, 1, 4);
    return {
      n,
      p01: Array.from({ length: n }, () => uniformIn(rng, 0, 0.3)),
      p10: Array.from({ length: n }, () => uniformIn(rng, 0, 0.3)),
      w: Array.from({ length: 1 << n }, () => (rng() < 0.5 ? 0 : uniformIn(rng, 0.01, 1))),
    };
  });
  return cases.map((t) => {
    const w = t.w.some((x) => x > 0) ? t.w : t.w.map((_, k) => (k === 0 ? 1 : 0));
    const s = w.reduce((a, b) => a + b, 0);
    return { ...t, probs: w.map((x) => x / s) };
  });
}

/** The README's mitigation, computed here: invert each qubit's 2x2 confusion matrix, clip negatives to 0, renormalise. */
function referenceMitigation(measured: number[], p01: number[], p10: number[]): number[] {
  let v = [...measured];
  for (let q = 0; q < p01.length; q++) {
    const [a, b, cc, d] = [1 - p01[q]!, p10[q]!, p01[q]!, 1 - p10[q]!];
    const det = a * d - b * cc;
    const out = new Array<number>(v.length).fill(0);
    for (let k = 0; k < v.length; k++) {
      const bit = (k >> q) & 1;
      const k0 = k & ~(1 << q);
      const k1 = k | (1 << q);
      // inverse = [[d, −b], [−c, a]] / det, indexed [true][read]
      out[k0]! += ((bit ? -b : d) / det) * v[k]!;
      out[k1]! += ((bit ? a : -cc) / det) * v[k]!;
    }
    v = out;
  }
  const clipped = v.map((x) => Math.max(0, x));
  const s = clipped.reduce((x, y) => x + y, 0);
  return clipped.map((x) => x / s);
}

const readout: Check<NoiseModule> = {
  id: 'readout-error', title: 'Readout error is independent per qubit and asymmetric', points: 2,
  async run(m) {
    const C = confusion(P01, P10);
    for (const seed of [1, 2]) {
      const p = randomDistribution(seed, 8);
      const want = C.map((row) => row.reduce((a, c, t) => a + c * p[t]!, 0));
      const got = Array.from(await m.applyReadoutError(p, P01, P10));
      if (got.length !== 8 || got.some((g, k) => Math.abs(g - want[k]!) > 1e-12)) {
        return { pass: false, message: `With p01 = [${P01}] and p10 = [${P10}] (qubit 0 first), the read-out distribution should be the true one multiplied by the tensor product of the per-qubit 2x2 confusion matrices.`, expected: fmtList(want, 5), actual: fmtList(got, 5) };
      }
    }
    for (const t of sweepCases(808, 25)) {
      const C2 = confusion(t.p01, t.p10);
      const want = C2.map((row) => row.reduce((a, c, k) => a + c * t.probs[k]!, 0));
      const got = Array.from(await m.applyReadoutError(t.probs, t.p01, t.p10));
      if (got.length !== want.length || got.some((g, k) => !(Math.abs(g - want[k]!) <= 1e-12))) {
        return { pass: false, message: `On ${t.n} qubit(s) with p01 = ${fmtList(t.p01, 3)} and p10 = ${fmtList(t.p10, 3)} (qubit 0 first), the read-out distribution is wrong (tolerance 1e-12).`, expected: fmtList(want, 5), actual: fmtList(got, 5) };
      }
    }
    return { pass: true, message: 'Readout error equals the tensor product of per-qubit asymmetric confusion matrices (1 to 4 qubits, random rates).' };
  },
};

const mitigation: Check<NoiseModule> = {
  id: 'mitigation', title: 'Mitigation inverts the confusion, then clips and renormalises', points: 2,
  async run(m) {
    const C = confusion(P01, P10);
    const p = randomDistribution(5, 8);
    const noisy = C.map((row) => row.reduce((a, c, t) => a + c * p[t]!, 0));
    const back = Array.from(await m.mitigateReadout(noisy, P01, P10));
    if (back.some((b, k) => Math.abs(b - p[k]!) > 1e-9)) {
      return { pass: false, message: 'Mitigating an exactly noisy distribution must give back the true one.', expected: fmtList(p, 5), actual: fmtList(back, 5) };
    }
    // Measured frequencies with a zero count: the raw inverse has negative entries.
    const measured = [0.5, 0, 0.3, 0, 0.2, 0, 0, 0];
    const got = Array.from(await m.mitigateReadout(measured, P01, P10));
    const sum = got.reduce((a, b) => a + b, 0);
    if (got.some((g) => g < 0) || Math.abs(sum - 1) > 1e-9) {
      return { pass: false, message: 'Measured frequencies carry shot noise, so the inverse can go negative. Clip negative entries to 0 and renormalise so the result is a probability distribution.', expected: 'all entries ≥ 0, sum 1', actual: `${fmtList(got, 4)}, sum ${fmt(sum)}` };
    }
    // The README fixes the procedure, so its result is fixed too: compare with the grader's own run of it on random
    // measured frequencies (zeros included, so the raw inverse often goes negative). Falling back to the raw
    // frequencies, or taking |x| instead of clipping, lands elsewhere.
    for (const t of [{ n: 3, p01: P01, p10: P10, probs: measured }, ...sweepCases(909, 30)]) {
      const want = referenceMitigation(t.probs, t.p01, t.p10);
      const out = Array.from(await m.mitigateReadout(t.probs, t.p01, t.p10));
      const worst = out.length === want.length ? Math.max(...out.map((g, k) => Math.abs(g - want[k]!))) : Infinity;
      if (!(worst <= 1e-9)) {
        return {
          pass: false,
          message: `Mitigating measured frequencies ${fmtList(t.probs, 3)} on ${t.n} qubit(s) (p01 = ${fmtList(t.p01, 3)}, p10 = ${fmtList(t.p10, 3)}) should give what the README's procedure gives: apply each qubit's inverse 2x2 confusion matrix, set negative entries to 0 (not their absolute value), divide by the sum. Tolerance 1e-9.`,
          expected: fmtList(want, 5), actual: fmtList(out, 5),
        };
      }
    }
    return { pass: true, message: 'Mitigation recovers the true distribution and follows invert, clip to 0, renormalise on random inputs.' };
  },
};

const sampled: Check<NoiseModule> = {
  id: 'sampled-mitigation', title: 'Mitigated shot counts land near the true distribution', points: 1,
  async run(m) {
    const C = confusion(P01, P10);
    const p = randomDistribution(11, 8);
    const noisy = C.map((row) => row.reduce((a, c, t) => a + c * p[t]!, 0));
    const shots = 50_000;
    const rng = mulberry32(4242);
    const counts = new Array<number>(8).fill(0);
    for (let s = 0; s < shots; s++) {
      let u = rng();
      let k = 0;
      while (k < 7 && u >= noisy[k]!) u -= noisy[k++]!;
      counts[k]!++;
    }
    const freq = counts.map((c) => c / shots);
    const got = Array.from(await m.mitigateReadout(freq, P01, P10));
    const tvRaw = 0.5 * freq.reduce((a, f, k) => a + Math.abs(f - p[k]!), 0);
    const tv = 0.5 * got.reduce((a, g, k) => a + Math.abs(g - p[k]!), 0);
    // Shot noise alone gives a total-variation distance near 0.005 here; the bound 0.02 is exceeded by a correct
    // mitigation with probability below 1e-9 (multinomial tail bound 2^8·exp(−2·50000·0.013²), allowing for the
    // inverse amplifying noise by at most 1.5x), while the unmitigated readout bias is about 0.06.
    if (tv < 0.02 && tv < tvRaw) return { pass: true, message: `Total-variation distance to the truth fell from ${fmt(tvRaw, 3)} (raw) to ${fmt(tv, 3)} (mitigated).` };
    return { pass: false, message: 'After mitigating 50,000 noisy shots, the distribution should be close to the true one (total-variation distance below 0.02) and closer than the raw counts.', expected: `TV < 0.02 and < raw ${fmt(tvRaw, 3)}`, actual: `TV ${fmt(tv, 3)}` };
  },
};


const sameData = (a: unknown, b: unknown): boolean => JSON.stringify(Array.isArray(a) || ArrayBuffer.isView(a) ? Array.from(a as ArrayLike<unknown>, (x) => (typeof x === 'object' && x !== null ? JSON.stringify(x) : x)) : a)
  === JSON.stringify(Array.isArray(b) || ArrayBuffer.isView(b) ? Array.from(b as ArrayLike<unknown>, (x) => (typeof x === 'object' && x !== null ? JSON.stringify(x) : x)) : b);
const remote = (f: unknown) => f as RemoteFunction;

const noSideEffects: Check<NoiseModule> = {
  id: 'no-side-effects', title: 'Inputs are left unmodified, and each call returns a new result', points: 1,
  // Code that computes nothing has no side effects either: the point is for working functions that also have none.
  requires: ['noise-every-gate', 'readout-error', 'mitigation'],
  async run(m) {
    const changed = (fn: string, arg: string) => ({ pass: false, message: `${fn} changed its argument ${arg} in place. The caller may use it again (the same measured frequencies, the same channel): work on a copy.`, expected: `${arg} unchanged`, actual: `${arg} modified` });
    const gates: Gate[] = [{ kind: 'one', qubit: 0, matrix: H }, { kind: 'cx', control: 0, target: 1 }];
    const dep = graderDepolarizing(0.1);
    const r = await remote(m.runNoisy).withArgs(2, gates, dep);
    if (!sameData(r.args[1], gates)) return changed('runNoisy', 'gates');
    if (!sameData(r.args[2], dep)) return changed('runNoisy', 'channel');
    const probs = randomDistribution(21, 8);
    const measured = [0.5, 0, 0.3, 0, 0.2, 0, 0, 0];
    // Each input both as a plain array and as a Float64Array: code that works in place only on typed arrays (to save
    // a copy) changes the caller's data all the same.
    for (const [fn, first] of [['applyReadoutError', probs], ['mitigateReadout', measured], ['applyReadoutError', Float64Array.from(probs)], ['mitigateReadout', Float64Array.from(measured)]] as const) {
      const x = await remote(m[fn]).withArgs(first, P01, P10);
      if (!sameData(x.args[0], first)) return changed(fn, fn === 'applyReadoutError' ? 'probs' : 'measured');
      if (!sameData(x.args[1], P01)) return changed(fn, 'p01');
      if (!sameData(x.args[2], P10)) return changed(fn, 'p10');
      if ((await remote(m[fn]).twice(first, P01, P10)).same) {
        return { pass: false, message: `Two calls to ${fn} returned the same array, so the second call overwrote the first caller's result. Return a new array from every call.`, expected: 'a new result per call', actual: 'one array shared between calls' };
      }
    }
    // The Kraus lists too: a caller keeps one channel while building another, so a list (or a matrix inside it)
    // reused between calls would change under it.
    for (const fn of ['bitFlipKraus', 'depolarizingKraus', 'amplitudeDampingKraus'] as const) {
      if ((await remote(m[fn]).twice(0.2)).same) {
        return { pass: false, message: `Two calls to ${fn} returned the same list, so building a second channel changed the first caller's. Return new matrices from every call.`, expected: 'a new list per call', actual: 'one list shared between calls' };
      }
    }
    return { pass: true, message: 'Inputs stay as they were, and every call returns its own result.' };
  },
};

export const grader: Grader<NoiseModule> = {
  exerciseId: '02-noise',
  checks: [bitFlip, depolarizing, lambda, damping, everyGate, readout, mitigation, sampled, noSideEffects],
};
