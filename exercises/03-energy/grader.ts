/**
 * Grader for exercise 03 (compare energy estimates). References come from ./lib/ising.ts: a dense Hamiltonian built
 * entry by entry and a Jacobi eigenvalue solver. Statistical checks use fixed seeds and state their false-failure
 * probability for a correct estimator.
 */
import type { Check, Grader } from '../../src/lib/exercises/types';
import type { CostInputs, EstimateOptions, Ising } from './energy';
import { seededRng, type RngSpec } from '../../src/lib/exercises/sandbox/rng-spec';
import { add, expectation, groundState, hamiltonianParts, square } from '../../src/lib/exercises/grading/ising';
import { fmt, intIn, mulberry32, randomAmplitudes, uniformIn } from '../../src/lib/exercises/grading/prng';
import type { RemoteFunction } from '../../src/lib/exercises/sandbox/remote-learner';

/** The learner's module as the checks see it: each call crosses to the sandbox and back. */
export interface EnergyModule {
  exactEnergy(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising): Promise<number>;
  groupStdDevs(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising): Promise<{ zz: number; x: number }>;
  estimateEnergy(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising, shots: { zz: number; x: number }, rng: RngSpec, options?: EstimateOptions): Promise<{ mean: number; stdError: number }>;
  shotsForPrecision(sigmaZZ: number, sigmaX: number, epsilon: number): Promise<{ zz: number; x: number; total: number }>;
  costToPrecision(c: CostInputs): Promise<{ quantumSeconds: number; quantumJoules: number; classicalJoules: number; ratio: number }>;
}

const OPEN: Ising = { J: 1, h: 1, periodic: false };
const label = (m: Ising) => `J = ${m.J}, h = ${m.h}, ${m.periodic ? 'periodic' : 'open'} chain`;

function reference(n: number, m: Ising) {
  const { zz, x } = hamiltonianParts(n, m);
  return { zz, x, h: add(zz, x) };
}
function ground(n: number, m: Ising) {
  const { vector, energy } = groundState(reference(n, m).h);
  return { re: Float64Array.from(vector), im: new Float64Array(vector.length), energy };
}
function basisState(n: number, k: number) {
  const re = new Float64Array(1 << n);
  re[k] = 1;
  return { re, im: new Float64Array(1 << n) };
}
function plusState(n: number) {
  const re = new Float64Array(1 << n).fill(Math.sqrt(1 / (1 << n)));
  return { re, im: new Float64Array(1 << n) };
}

const exact: Check<EnergyModule> = {
  id: 'exact-energy', title: 'Exact energies, open and periodic chains', points: 3,
  async run(mod) {
    const cases: { what: string; n: number; m: Ising; re: Float64Array; im: Float64Array; want: number }[] = [];
    // Hand values: |0000⟩ has every Z = +1 (E = −J per bond), |++++⟩ has every X = +1 (E = −h per site).
    cases.push({ what: '|0000⟩', n: 4, m: OPEN, ...basisState(4, 0), want: -3 });
    cases.push({ what: '|0000⟩', n: 4, m: { ...OPEN, periodic: true }, ...basisState(4, 0), want: -4 });
    cases.push({ what: '|++++⟩', n: 4, m: { J: 1, h: 0.5, periodic: false }, ...plusState(4), want: -2 });
    // The 2-site ground state: H = −Z₀Z₁ − X₀ − X₁ has lowest eigenvalue −√5.
    cases.push({ what: 'the 2-site ground state', n: 2, m: OPEN, ...ground(2, OPEN), want: -Math.sqrt(5) });
    // A periodic chain of 2 sites has one bond: (1, 0) is the bond (0, 1) again and is not counted twice.
    cases.push({ what: '|00⟩ on a periodic chain of 2 sites (one bond)', n: 2, m: { ...OPEN, periodic: true }, ...basisState(2, 0), want: -1 });
    const rng = mulberry32(33);
    for (const [n, m] of [[3, { J: 0.7, h: 1.3, periodic: false }], [4, { J: 1, h: 0.5, periodic: true }], [4, { J: -0.8, h: 2, periodic: false }], [2, { J: 1.5, h: -0.6, periodic: true }], [3, { J: -1, h: -1, periodic: true }]] as const) {
      const s = randomAmplitudes(n, rng);
      cases.push({ what: `a random ${n}-qubit state`, n, m, ...s, want: expectation(reference(n, m).h, s.re, s.im) });
    }
    for (const c of cases) {
      const got = await mod.exactEnergy(c.re, c.im, c.m);
      if (!(Math.abs(got - c.want) < 1e-9)) {
        return { pass: false, message: `⟨H⟩ of ${c.what} (${c.n} sites, ${label(c.m)}) is wrong. Check the signs (H = −J Σ ZZ − h Σ X) and, for periodic chains, the bond between the last site and the first (a single bond when n = 2).`, expected: fmt(c.want, 10), actual: fmt(got, 10) };
      }
    }
    return { pass: true, message: 'Exact energies match for hand-checked and random states, open and periodic.' };
  },
};

function groupVariances(n: number, m: Ising, re: ArrayLike<number>, im: ArrayLike<number>) {
  const { zz, x } = reference(n, m);
  return {
    zz: Math.max(0, expectation(square(zz), re, im) - expectation(zz, re, im) ** 2),
    x: Math.max(0, expectation(square(x), re, im) - expectation(x, re, im) ** 2),
  };
}

const sigmas: Check<EnergyModule> = {
  id: 'group-std-devs', title: 'Per-shot standard deviation of each measurement group', points: 1,
  async run(mod) {
    const rng = mulberry32(71);
    const cases: [string, number, { re: Float64Array; im: Float64Array }, Ising][] = [
      ['the 4-site ground state', 4, ground(4, OPEN), OPEN],
      ['|++++⟩', 4, plusState(4), OPEN],
      // An eigenstate of the ZZ part: σ_zz is exactly 0 (round-off may leave a variance of 1e-16, whose root is 1e-8).
      ['|0000⟩', 4, basisState(4, 0), { J: 1, h: 1, periodic: true }],
      ['a random complex 4-site state', 4, randomAmplitudes(4, rng), { J: -0.8, h: -1.3, periodic: true }],
      ['a random complex 3-site state', 3, randomAmplitudes(3, rng), { J: 2, h: -0.5, periodic: false }],
    ];
    for (const [what, n, st, m] of cases) {
      const want = groupVariances(n, m, st.re, st.im);
      const got = await mod.groupStdDevs(st.re, st.im, m);
      // Variances are compared (to 1e-9), not standard deviations: a square root turns round-off of 1e-16 into 1e-8.
      const ok = (g: number, v: number) => g >= 0 && Math.abs(g * g - v) <= 1e-9;
      if (!(ok(got.zz, want.zz) && ok(got.x, want.x))) {
        const negative = got.zz < 0 || got.x < 0 ? ' A standard deviation is never negative: with a negative J or h, take |J| or |h| (or the root of the variance).' : '';
        return { pass: false, message: `For ${what} (${label(m)}), σ of one shot of each group: σ_zz = √Var(−J Σ ZZ) in the Z basis, σ_x = √Var(−h Σ X) in the X basis (σ² compared to 1e-9).${negative}`, expected: `zz ${fmt(Math.sqrt(want.zz))}, x ${fmt(Math.sqrt(want.x))}`, actual: `zz ${fmt(got.zz)}, x ${fmt(got.x)}` };
      }
    }
    return { pass: true, message: 'Group standard deviations match, for negative couplings, periodic chains and complex states too (the ground state still has σ ≈ 1.6 per group).' };
  },
};

// 2,000 seeded runs with 400 shots per group on the 4-site ground state.
const RUNS = 2000;
// Each check gets a fresh sandbox, so the two checks that read these runs compute them each: one seeded stream
// shared by all 2,000 calls, as a learner's loop would share it.
async function runs(mod: EnergyModule) {
  const g = ground(4, OPEN);
  const rng = seededRng(8080);
  const results: { mean: number; stdError: number }[] = [];
  for (let k = 0; k < RUNS; k++) results.push(await mod.estimateEnergy(g.re, g.im, OPEN, { zz: 400, x: 400 }, rng));
  return { g, results };
}

const unbiased: Check<EnergyModule> = {
  id: 'unbiased', title: 'The shot estimate is unbiased', points: 2,
  async run(mod) {
    const { g, results } = await runs(mod);
    const means = results.map((r) => r.mean);
    const avg = means.reduce((a, b) => a + b, 0) / RUNS;
    const sd = Math.sqrt(means.reduce((a, b) => a + (b - avg) ** 2, 0) / (RUNS - 1));
    const sem = sd / Math.sqrt(RUNS);
    // A correct estimator's average lies within 4 standard errors of the exact energy with probability 1 − 6e-5.
    if (Math.abs(avg - g.energy) <= 4 * sem + 1e-12) return { pass: true, message: `Average of ${RUNS} estimates ${fmt(avg)} vs exact ${fmt(g.energy)}: no bias.` };
    return { pass: false, message: `Averaged over ${RUNS} seeded runs, the estimates miss the exact ground-state energy by far more than shot noise allows (4 standard errors = ${fmt(4 * sem, 3)}). Are the X terms measured after the Hadamard layer?`, expected: fmt(g.energy), actual: `${fmt(avg)} ± ${fmt(sem, 3)}` };
  },
};

const calibrated: Check<EnergyModule> = {
  id: 'calibrated', title: 'Standard errors are calibrated: 95% intervals cover the truth 93–97% of the time', points: 2,
  async run(mod) {
    const { g, results } = await runs(mod);
    const covered = results.filter((r) => Math.abs(r.mean - g.energy) <= 1.96 * r.stdError).length / RUNS;
    // Binomial sd of the coverage over 2,000 runs is 0.0049, so [0.93, 0.97] is ±4.1 sd: false-failure probability
    // about 4e-5 for a correctly calibrated standard error.
    if (covered >= 0.93 && covered <= 0.97) return { pass: true, message: `Intervals mean ± 1.96·SE covered the exact energy in ${fmt(covered * 100, 3)}% of ${RUNS} runs.` };
    const typical = results[0]!.stdError;
    return {
      pass: false,
      message: `Intervals mean ± 1.96·SE should cover the exact energy in about 95% of runs. ${covered < 0.93 ? 'Yours are too narrow: is the reported value a variance, or missing a group?' : 'Yours are too wide: is the reported value the spread of one shot rather than of the mean (divide by √N)?'}`,
      expected: '93–97% coverage', actual: `${fmt(covered * 100, 3)}% (a typical SE: ${fmt(typical, 3)})`,
    };
  },
};

/**
 * The per-shot variances of each group as a noisy read-out reports them: the Z-basis and X-basis distributions (the
 * latter by the Walsh-Hadamard transform of the amplitudes, written here), each bit then flipped with probability q,
 * and the group's value on every reported outcome. Used to predict the standard error a correct estimator reports.
 */
function noisyGroupVariances(n: number, m: Ising, re: ArrayLike<number>, im: ArrayLike<number>, q: number) {
  const dim = 1 << n;
  const pz = Array.from({ length: dim }, (_, k) => re[k]! ** 2 + im[k]! ** 2);
  const px = Array.from({ length: dim }, (_, y) => {
    let a = 0;
    let b = 0;
    for (let k = 0; k < dim; k++) {
      let parity = 0;
      for (let v = k & y; v; v &= v - 1) parity ^= 1;
      a += parity ? -re[k]! : re[k]!;
      b += parity ? -im[k]! : im[k]!;
    }
    return (a * a + b * b) / dim;
  });
  const flip = (p: number[]) => {
    let v = [...p];
    for (let bit = 0; bit < n; bit++) v = v.map((x, k) => (1 - q) * x + q * v[k ^ (1 << bit)]!);
    return v;
  };
  const { zz } = reference(n, m);
  const zzValue = (k: number) => zz[k]![k]!;
  const xValue = (y: number) => { let s = 0; for (let b = 0; b < n; b++) s += (y >> b) & 1 ? 1 : -1; return m.h * s; };
  const variance = (p: number[], f: (k: number) => number) => {
    const mean = p.reduce((a, x, k) => a + x * f(k), 0);
    return p.reduce((a, x, k) => a + x * (f(k) - mean) ** 2, 0);
  };
  return { zz: variance(flip(pz), zzValue), x: variance(flip(px), xValue) };
}

const readoutBias: Check<EnergyModule> = {
  id: 'readout-bias', title: 'Readout noise biases the estimate upward; mitigation removes the bias', points: 2,
  async run(mod) {
    const q = 0.03;
    const g = ground(4, OPEN);
    const { zz, x } = reference(4, OPEN);
    const want = (1 - 2 * q) ** 2 * expectation(zz, g.re, g.im) + (1 - 2 * q) * expectation(x, g.re, g.im);
    const shots = { zz: 100_000, x: 100_000 };
    const noisy = await mod.estimateEnergy(g.re, g.im, OPEN, shots, seededRng(5150), { readoutFlip: q });
    const fixed = await mod.estimateEnergy(g.re, g.im, OPEN, shots, seededRng(5151), { readoutFlip: q, mitigate: true });
    // Each comparison allows 5 standard errors: false-failure probability 6e-7 each.
    if (!(Math.abs(noisy.mean - want) <= 5 * noisy.stdError) || !(noisy.mean > g.energy)) {
      return { pass: false, message: `With each bit misread with probability ${q}, ⟨ZZ⟩ shrinks by (1−2q)² and ⟨X⟩ by (1−2q): the noisy estimate should sit above the exact energy, near the biased value.`, expected: `${fmt(want)} (exact ${fmt(g.energy)})`, actual: `${fmt(noisy.mean)} ± ${fmt(noisy.stdError, 3)}` };
    }
    if (!(Math.abs(fixed.mean - g.energy) <= 5 * fixed.stdError)) {
      return { pass: false, message: 'With mitigate: true, dividing the ZZ part by (1−2q)² and the X part by (1−2q) should bring the estimate back to the exact energy (within 5 standard errors).', expected: fmt(g.energy), actual: `${fmt(fixed.mean)} ± ${fmt(fixed.stdError, 3)}` };
    }
    // The error bars: the sample spread of what the noisy read-out reports, over √N; mitigation divides the ZZ part by
    // (1−2q)² and the X part by (1−2q), so their standard errors grow by the same factors. At 100,000 shots per group
    // the sample spread's relative error has sd below 0.5%, so the 3% window is over 6 sd: false failure below 1e-9.
    const v = noisyGroupVariances(4, OPEN, g.re, g.im, q);
    const fz = (1 - 2 * q) ** 2;
    const fx = 1 - 2 * q;
    const seNoisy = Math.sqrt(v.zz / shots.zz + v.x / shots.x);
    const seFixed = Math.sqrt(v.zz / fz ** 2 / shots.zz + v.x / fx ** 2 / shots.x);
    if (!(Math.abs(noisy.stdError - seNoisy) <= 0.03 * seNoisy)) {
      return { pass: false, message: `With read-out noise (q = ${q}), the standard error is the spread of the values actually read out, over √N: the flips change that spread (within 3%).`, expected: fmt(seNoisy, 4), actual: fmt(noisy.stdError, 4) };
    }
    if (!(Math.abs(fixed.stdError - seFixed) <= 0.03 * seFixed)) {
      return { pass: false, message: `Mitigation divides the ZZ part by (1−2q)² and the X part by (1−2q), so it divides their standard errors by the same factors: the error bar grows (within 3%).`, expected: fmt(seFixed, 4), actual: fmt(fixed.stdError, 4) };
    }
    return { pass: true, message: `Noisy ${fmt(noisy.mean, 5)} ± ${fmt(noisy.stdError, 2)} (bias +${fmt(noisy.mean - g.energy, 2)}), mitigated ${fmt(fixed.mean, 5)} ± ${fmt(fixed.stdError, 2)}, exact ${fmt(g.energy, 5)}.` };
  },
};

const budget: Check<EnergyModule> = {
  id: 'shot-budget', title: 'Shots for precision ε with the optimal split N_g ∝ σ_g', points: 2,
  async run(mod) {
    const s = Math.sqrt(2.568666);
    const fixed: [number, number, number][] = [[3, 1, 0.1], [s, s, 0.01], [Math.sqrt(3), 0, 0.01], [0, 2, 0.1], [0.5, 2, 0.05]];
    // Random figures too (fixed seed): σ from 0 to 5, ε from 0.005 to 0.5.
    // Figures rounded to 3 decimals (σ below 0.001 would be a σ = 0 group written as a tiny number).
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    const draw = mulberry32(303);
    const random = Array.from({ length: 20 }, (): [number, number, number] => [r3(uniformIn(draw, 0, 5)), r3(uniformIn(draw, 0, 5)), r3(uniformIn(draw, 0.005, 0.5))]);
    for (const [a, b, eps] of [...fixed, ...random]) {
      const got = await mod.shotsForPrecision(a, b, eps);
      const want = { zz: Math.ceil((a * (a + b)) / eps ** 2), x: Math.ceil((b * (a + b)) / eps ** 2) };
      const formula = Math.ceil((a + b) ** 2 / eps ** 2);
      // The README's rule: each group rounded up, total = N_zz + N_x; ⌈(σ_zz + σ_x)²/ε²⌉ is accepted as the total too.
      // Each group may be 1 off the ceiling (a group with σ = 0 may get 0 or 1 shot) as long as the precision is met.
      const ints = [got.zz, got.x, got.total].every((v) => Number.isInteger(v) && v >= 0);
      const ok = ints && Math.abs(got.zz - want.zz) <= 1 && Math.abs(got.x - want.x) <= 1 && (got.total === got.zz + got.x || got.total === formula);
      const variance = (got.zz ? a * a / got.zz : a ? Infinity : 0) + (got.x ? b * b / got.x : b ? Infinity : 0);
      if (!ok || variance > eps * eps * (1 + 1e-9)) {
        return { pass: false, message: `For σ_zz = ${fmt(a, 4)}, σ_x = ${fmt(b, 4)}, ε = ${fmt(eps, 4)}: the optimal split gives N_g = ⌈σ_g (σ_zz + σ_x) / ε²⌉ (a group with σ = 0 gets 0 shots), total N_zz + N_x, and must reach σ_zz²/N_zz + σ_x²/N_x ≤ ε². An equal split needs more shots in total.`, expected: `zz ${want.zz}, x ${want.x}, total ${want.zz + want.x}`, actual: `zz ${fmt(got.zz)}, x ${fmt(got.x)}, total ${fmt(got.total)}` };
      }
    }
    return { pass: true, message: 'Shot budgets follow (σ_zz + σ_x)²/ε² with the optimal split (102,748 shots, 51,374 per group, for the ground state at ε = 0.01).' };
  },
};

const cost: Check<EnergyModule> = {
  id: 'cost', title: 'Time and energy of both routes', points: 1,
  async run(mod) {
    const readme: CostInputs = { shots: 102_748, shotsPerSecond: 4000, qpuWatts: 25_000, classicalSeconds: 0.0002, classicalWatts: 28 };
    // Other figures too (fixed seed): the README's are assumptions, the arithmetic must hold for any.
    const draw = mulberry32(404);
    const others: CostInputs[] = Array.from({ length: 15 }, () => ({
      shots: intIn(draw, 1, 10_000_000),
      shotsPerSecond: uniformIn(draw, 10, 100_000),
      qpuWatts: uniformIn(draw, 100, 100_000),
      // Spread over eight decades, as real figures are.
      classicalSeconds: 10 ** uniformIn(draw, -6, 2),
      classicalWatts: uniformIn(draw, 1, 1000),
    }));
    let ratio = 0;
    for (const c of [readme, ...others]) {
      const got = await mod.costToPrecision(c);
      const qs = c.shots / c.shotsPerSecond;
      const want = { quantumSeconds: qs, quantumJoules: qs * c.qpuWatts, classicalJoules: c.classicalSeconds * c.classicalWatts, ratio: (qs * c.qpuWatts) / (c.classicalSeconds * c.classicalWatts) };
      if (c === readme) ratio = want.ratio;
      const bad = (Object.keys(want) as (keyof typeof want)[]).find((k) => !(Math.abs(got[k] - want[k]) <= 1e-9 * Math.abs(want[k])));
      if (bad) return { pass: false, message: `${bad} is off for ${c.shots} shots at ${fmt(c.shotsPerSecond)} shots/s and ${fmt(c.qpuWatts)} W, against ${fmt(c.classicalSeconds)} s at ${fmt(c.classicalWatts)} W: time = shots ÷ shot rate, energy = time × power, ratio = quantum joules ÷ classical joules, all from the inputs (relative tolerance 1e-9).`, expected: fmt(want[bad]), actual: fmt(got[bad]) };
    }
    return { pass: true, message: `At the assumed figures the quantum route uses ${fmt(ratio, 3)} times the energy; other figures work too.` };
  },
};


// Unequal splits, periodic chains, complex states, other and negative couplings: one large run each. The mean must lie
// within 5 predicted standard errors of the exact energy (false failure 6e-7 per case) and the reported standard
// error within 10% of the predicted √(σ_zz²/N_zz + σ_x²/N_x) (at 3,000+ shots per group the sample spread's relative
// error has sd below 2%, so 10% is over 5 sd).
const general: Check<EnergyModule> = {
  id: 'estimate-general', title: 'Estimates for unequal splits, periodic chains, complex states, any couplings', points: 2,
  async run(mod) {
    const rng = mulberry32(404);
    const cases: { n: number; m: Ising; shots: { zz: number; x: number } }[] = [
      { n: 4, m: { J: 0.7, h: -1.3, periodic: true }, shots: { zz: 20_000, x: 3_000 } },
      { n: 3, m: { J: -1.2, h: 0.4, periodic: false }, shots: { zz: 3_000, x: 15_000 } },
      { n: 2, m: { J: 1, h: 1, periodic: true }, shots: { zz: 8_000, x: 5_000 } },
    ];
    for (const [i, c] of cases.entries()) {
      const st = randomAmplitudes(c.n, rng);
      const exactE = expectation(reference(c.n, c.m).h, st.re, st.im);
      const v = groupVariances(c.n, c.m, st.re, st.im);
      const se = Math.sqrt(v.zz / c.shots.zz + v.x / c.shots.x);
      const got = await mod.estimateEnergy(st.re, st.im, c.m, c.shots, seededRng(600 + i));
      const what = `a random complex ${c.n}-site state (${label(c.m)}) with ${c.shots.zz} ZZ shots and ${c.shots.x} X shots`;
      if (!(Math.abs(got.mean - exactE) <= 5 * se)) {
        return { pass: false, message: `For ${what}, the estimate misses the exact energy by more than 5 standard errors (${fmt(5 * se, 3)}). Use both parts of complex amplitudes, the periodic bond, the signs of J and h.`, expected: `${fmt(exactE)} ± ${fmt(se, 3)}`, actual: fmt(got.mean) };
      }
      if (!(Math.abs(got.stdError - se) <= 0.1 * se)) {
        return { pass: false, message: `For ${what}, the standard error should be √(σ_zz²/N_zz + σ_x²/N_x), each group with its own number of shots (within 10%).`, expected: fmt(se, 4), actual: fmt(got.stdError, 4) };
      }
    }
    return { pass: true, message: 'Means and standard errors hold for unequal splits, periodic chains, complex states and negative couplings.' };
  },
};

const reproducible: Check<EnergyModule> = {
  id: 'reproducible', title: 'Estimates use only the rng given: same seed, same estimate', points: 1,
  async run(mod) {
    const g = ground(4, OPEN);
    const shots = { zz: 500, x: 300 };
    const spec = seededRng(77);
    const a = await mod.estimateEnergy(g.re, g.im, OPEN, shots, spec, { readoutFlip: 0.02 });
    const calls = spec.calls;
    const b = await mod.estimateEnergy(g.re, g.im, OPEN, shots, seededRng(77), { readoutFlip: 0.02 });
    const c = await mod.estimateEnergy(g.re, g.im, OPEN, shots, seededRng(78), { readoutFlip: 0.02 });
    if (calls < shots.zz + shots.x) return { pass: false, message: 'Every shot needs randomness from the rng you are given (at least one call per shot); yours called it less often, so it must be using another source such as Math.random.', expected: `at least ${shots.zz + shots.x} calls`, actual: `${calls} calls` };
    if (a.mean !== b.mean || a.stdError !== b.stdError) return { pass: false, message: 'Two runs with identically seeded generators gave different estimates: something else is random.', expected: `${fmt(a.mean, 10)} ± ${fmt(a.stdError, 6)}`, actual: `${fmt(b.mean, 10)} ± ${fmt(b.stdError, 6)}` };
    if (a.mean === c.mean) return { pass: false, message: 'Different seeds gave the same estimate: the rng is not what decides the shots.', expected: 'different estimates', actual: `${fmt(a.mean, 10)} both times` };
    return { pass: true, message: 'The estimate is reproducible from a seed and changes with it.' };
  },
};

/**
 * Whether `got` (an argument as learner code left it) still equals `want` (a deep copy taken before the call): the same
 * kind of container (a plain array stays a plain array, a Float64Array a Float64Array), the same keys and the same
 * numbers bit for bit (Object.is, so a 0 turned into −0 counts as a change).
 */
function unchanged(got: unknown, want: unknown): boolean {
  if (ArrayBuffer.isView(want) || Array.isArray(want)) {
    const w = want as ArrayLike<unknown>;
    const g = got as ArrayLike<unknown> | null;
    if (!g || typeof g !== 'object' || Array.isArray(g) !== Array.isArray(w) || ArrayBuffer.isView(g) !== ArrayBuffer.isView(w) || g.length !== w.length) return false;
    for (let k = 0; k < w.length; k++) if (!unchanged(g[k], w[k])) return false;
    return true;
  }
  if (typeof want === 'object' && want !== null) {
    if (typeof got !== 'object' || got === null || Array.isArray(got) || ArrayBuffer.isView(got)) return false;
    const wk = Object.keys(want).sort();
    const gk = Object.keys(got).sort();
    return wk.length === gk.length && wk.every((k, i) => k === gk[i] && unchanged((got as Record<string, unknown>)[k], (want as Record<string, unknown>)[k]));
  }
  return Object.is(got, want);
}
const remote = (f: unknown) => f as RemoteFunction;

/**
 * A normalised state (complex, or real with im all 0) whose norm, summed in index order, is not exactly 1 but a unit in
 * the last place away (as most states are): code that normalises re and im in place changes them there, where on a
 * state of norm exactly 1 dividing by 1 would hide it. Found deterministically among fixed seeds.
 */
function offNormState(n: number, seed: number, real = false) {
  const make = (k: number) => {
    const s = randomAmplitudes(n, mulberry32(k));
    if (!real) return s;
    const norm = Math.sqrt(s.re.reduce((a, r) => a + r * r, 0));
    return { re: s.re.map((r) => r / norm), im: new Float64Array(s.re.length) };
  };
  const normOf = (s: { re: Float64Array; im: Float64Array }) => Math.sqrt(s.re.reduce((a, r, i) => a + r * r + s.im[i]! ** 2, 0));
  let s = make(seed);
  for (let k = seed + 1; k < seed + 100 && normOf(s) === 1; k++) s = make(k);
  return s;
}

const noSideEffects: Check<EnergyModule> = {
  id: 'no-side-effects', title: 'Inputs are left unmodified, and each call returns a new result', points: 1,
  // Code that computes nothing has no side effects either: the point is for working functions that also have none.
  requires: ['exact-energy', 'group-std-devs', 'shot-budget', 'cost', 'estimate-general'],
  async run(mod) {
    const changed = (fn: string, arg: string, what: string) => ({ pass: false, message: `${fn} changed its argument ${arg} in place (called with ${what}). The caller still needs it, often for the next call (the same state, the same model): work on a copy.`, expected: `${arg} unchanged`, actual: `${arg} modified` });
    const shared = (fn: string, what: string) => ({ pass: false, message: `Two calls to ${fn} (with ${what}) returned the same object, so the second call overwrote the first caller's result. Create a new object on every call.`, expected: 'a new result per call', actual: 'one object shared between calls' });
    // Varied inputs, so that code which works in place only on some of them is caught as well: plain arrays and
    // Float64Arrays, complex, real and basis states (σ_zz = 0 for |00⟩), negative couplings, open and periodic chains
    // (n = 2 too), options empty, noisy and mitigated, and options left out.
    const complex3 = offNormState(3, 3100);
    const complex4 = offNormState(4, 3200);
    const real4 = offNormState(4, 3300, true);
    const cases: { what: string; re: ArrayLike<number>; im: ArrayLike<number>; model: Ising; shots: { zz: number; x: number }; options?: EstimateOptions }[] = [
      { what: 'a complex 3-site state in plain arrays, J < 0', re: Array.from(complex3.re), im: Array.from(complex3.im), model: { J: -0.8, h: 1.3, periodic: false }, shots: { zz: 300, x: 200 }, options: {} },
      { what: 'a complex 4-site state in Float64Arrays, h < 0, periodic, read-out noise', re: complex4.re, im: complex4.im, model: { J: 1, h: -0.5, periodic: true }, shots: { zz: 200, x: 300 }, options: { readoutFlip: 0.03 } },
      { what: 'a real 4-site state (im all 0) in plain arrays, J and h < 0, periodic, mitigated', re: Array.from(real4.re), im: Array.from(real4.im), model: { J: -1.2, h: -0.7, periodic: true }, shots: { zz: 250, x: 150 }, options: { readoutFlip: 0.02, mitigate: true } },
      { what: '|00⟩ in Float64Arrays (σ_zz = 0) on a periodic chain of 2 sites, no options', re: basisState(2, 0).re, im: basisState(2, 0).im, model: { J: 1.5, h: 1, periodic: true }, shots: { zz: 100, x: 100 } },
      { what: 'the 4-site ground state in Float64Arrays', ...ground(4, OPEN), model: { ...OPEN }, shots: { zz: 400, x: 400 }, options: { mitigate: false } },
    ];
    for (const [i, c] of cases.entries()) {
      const names = ['re', 'im', 'model'];
      for (const fn of ['exactEnergy', 'groupStdDevs'] as const) {
        const args = [c.re, c.im, c.model];
        const before = structuredClone(args);
        const r = await remote(mod[fn]).withArgs(...args);
        const bad = names.findIndex((_, k) => !unchanged(r.args[k], before[k]));
        if (bad >= 0) return changed(fn, names[bad]!, c.what);
      }
      // The rng is the one argument that is meant to change (its state advances); every other one must not.
      const args: unknown[] = [c.re, c.im, c.model, c.shots, seededRng(7000 + i), ...(c.options === undefined ? [] : [c.options])];
      const estNames = ['re', 'im', 'model', 'shots', 'rng', 'options'];
      const before = args.map((a, k) => (k === 4 ? null : structuredClone(a)));
      const r = await remote(mod.estimateEnergy).withArgs(...args);
      const bad = args.findIndex((_, k) => k !== 4 && !unchanged(r.args[k], before[k]));
      if (bad >= 0) return changed('estimateEnergy', estNames[bad]!, c.what);
      if ((await remote(mod.groupStdDevs).twice(c.re, c.im, c.model)).same) return shared('groupStdDevs', c.what);
      if ((await remote(mod.estimateEnergy).twice(...args.slice(0, 4), seededRng(7100 + i), ...args.slice(5))).same) return shared('estimateEnergy', c.what);
    }
    const costs: CostInputs[] = [
      { shots: 102_748, shotsPerSecond: 4000, qpuWatts: 25_000, classicalSeconds: 0.0002, classicalWatts: 28 },
      { shots: 3, shotsPerSecond: 250.5, qpuWatts: 100, classicalSeconds: 3.5, classicalWatts: 1000 },
    ];
    for (const c of costs) {
      const before = structuredClone(c);
      const r = await remote(mod.costToPrecision).withArgs(c);
      if (!unchanged(r.args[0], before)) return changed('costToPrecision', 'inputs', `${c.shots} shots at ${fmt(c.shotsPerSecond)} shots/s`);
      if ((await remote(mod.costToPrecision).twice(c)).same) return shared('costToPrecision', `${c.shots} shots at ${fmt(c.shotsPerSecond)} shots/s`);
    }
    // Numbers cannot be changed by the callee, but a result object can still be reused: a group with σ = 0 too.
    for (const [a, b, eps] of [[Math.sqrt(2.568666), Math.sqrt(2.568666), 0.01], [0, 2, 0.1], [1.7, 0, 0.05]] as const) {
      if ((await remote(mod.shotsForPrecision).twice(a, b, eps)).same) return shared('shotsForPrecision', `σ_zz = ${fmt(a, 4)}, σ_x = ${fmt(b, 4)}, ε = ${fmt(eps, 4)}`);
    }
    return { pass: true, message: 'States, models, shots, options and cost inputs stay as they were, and every call returns its own result.' };
  },
};

export const grader: Grader<EnergyModule> = {
  exerciseId: '03-energy',
  checks: [exact, sigmas, unbiased, calibrated, readoutBias, budget, cost, general, reproducible, noSideEffects],
};
