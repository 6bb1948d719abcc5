/**
 * Grader for exercise 05 (the Bloch vector). Random states are built from their sphere angles, a = cos(θ/2),
 * b = e^{iφ}·sin(θ/2), and the expected point is (sin θ cos φ, sin θ sin φ, cos θ): the angles, not the learner's
 * formula in the amplitudes, give the answer. Fixed seeds; no randomness reaches learner code.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { LearnerError } from '../../src/lib/exercises/sandbox/remote-learner';
import { mulberry32, uniformIn } from '../../src/lib/exercises/grading/prng';
import { fail, isResult, numberArray, pass, show } from '../../src/lib/exercises/grading/check-kit';

interface Complex { re: number; im: number }
export interface BlochModule {
  blochVector(a: Complex, b: Complex): Promise<unknown>;
}

const TOL = 1e-12;
const c = (re: number, im = 0): Complex => ({ re, im });
const showC = (z: Complex) => `${show(z.re)} + ${show(z.im)}i`;
const times = (z: Complex, w: Complex): Complex => c(z.re * w.re - z.im * w.im, z.re * w.im + z.im * w.re);
const phase = (g: number) => c(Math.cos(g), Math.sin(g));
const R = Math.SQRT1_2;

interface Case { a: Complex; b: Complex; want: [number, number, number]; label: string }

/** A state from its angles on the sphere, and the point those angles name. */
function fromAngles(theta: number, phi: number, label: string): Case {
  return {
    a: c(Math.cos(theta / 2)),
    b: c(Math.sin(theta / 2) * Math.cos(phi), Math.sin(theta / 2) * Math.sin(phi)),
    want: [Math.sin(theta) * Math.cos(phi), Math.sin(theta) * Math.sin(phi), Math.cos(theta)],
    label,
  };
}

/** Each case's vector, or the first failure, naming the component that is off. */
async function compare(m: BlochModule, cases: Case[], advice: string): Promise<CheckResult | null> {
  for (const { a, b, want, label } of cases) {
    const got = numberArray(await m.blochVector(a, b), 3, `blochVector(a, b) for ${label}`);
    if (isResult(got)) return got;
    const k = [0, 1, 2].find((i) => !(Math.abs(got[i]! - want[i]!) <= TOL));
    if (k !== undefined) {
      return fail(
        `For ${label} (a = ${showC(a)}, b = ${showC(b)}), ${'xyz'[k]} is off by more than ${TOL}. ${advice}`,
        `[${want.map((v) => show(v)).join(', ')}]`, `[${got.map((v) => show(v)).join(', ')}]`,
      );
    }
  }
  return null;
}

function randomCases(seed: number, count: number): Case[] {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => fromAngles(uniformIn(rng, 0.05, Math.PI - 0.05), uniformIn(rng, 0, 2 * Math.PI), `random state ${i + 1}`));
}

const poles: Check<BlochModule> = {
  id: 'poles',
  title: '|0⟩ is the north pole and |1⟩ the south pole',
  points: 1,
  async run(m) {
    return (await compare(m, [
      { a: c(1), b: c(0), want: [0, 0, 1], label: '|0⟩' },
      { a: c(0), b: c(1), want: [0, 0, -1], label: '|1⟩' },
    ], 'The height is z = |a|² − |b|²: +1 for |0⟩, −1 for |1⟩.')) ?? pass('|0⟩ → (0, 0, 1) and |1⟩ → (0, 0, −1).');
  },
};

const equator: Check<BlochModule> = {
  id: 'equator',
  title: 'The four equal superpositions lie on the x and y axes',
  points: 1,
  async run(m) {
    return (await compare(m, [
      { a: c(R), b: c(R), want: [1, 0, 0], label: '|+⟩' },
      { a: c(R), b: c(-R), want: [-1, 0, 0], label: '|−⟩' },
      { a: c(R), b: c(0, R), want: [0, 1, 0], label: '(|0⟩ + i|1⟩)/√2' },
      { a: c(R), b: c(0, -R), want: [0, -1, 0], label: '(|0⟩ − i|1⟩)/√2' },
    ], 'x and y are twice the real and imaginary parts of conj(a)·b: the conjugate goes on a.')) ?? pass('|±⟩ sit at x = ±1 and (|0⟩ ± i|1⟩)/√2 at y = ±1.');
  },
};

const randomStates: Check<BlochModule> = {
  id: 'random-states',
  title: 'Random normalised states, real a',
  points: 2,
  async run(m) {
    // 40 states with a = cos(θ/2) real and b = e^{iφ} sin(θ/2); θ kept off the poles so φ matters.
    return (await compare(m, randomCases(505, 40), 'Expected (sin θ cos φ, sin θ sin φ, cos θ) for a = cos(θ/2), b = e^{iφ}·sin(θ/2).'))
      ?? pass('40 random states land where their angles θ, φ say.');
  },
};

const globalPhase: Check<BlochModule> = {
  id: 'global-phase',
  title: 'A global phase does not move the point',
  points: 1,
  requires: ['random-states'],
  async run(m) {
    const rng = mulberry32(7);
    const cases = randomCases(506, 20).map((k, i) => {
      const g = phase(i === 0 ? Math.PI / 2 : uniformIn(rng, 0.2, 2 * Math.PI - 0.2));
      return { ...k, a: times(g, k.a), b: times(g, k.b), label: `random state ${i + 1} times a global phase` };
    });
    return (await compare(m, cases, 'e^{iγ}(a, b) is the same state as (a, b): with conj(a)·b the phase cancels, with a·b it does not.'))
      ?? pass('Multiplying both amplitudes by e^{iγ} leaves (x, y, z) as it was.');
  },
};

const unnormalised: Check<BlochModule> = {
  id: 'unnormalised',
  title: 'Unnormalised amplitudes are normalised first',
  points: 1,
  requires: ['random-states'],
  async run(m) {
    const scales = [c(2), c(0.001), c(0, -3), c(1e3, 1e3), c(-0.5, 0.25)];
    const cases = randomCases(507, scales.length).map((k, i) => ({ ...k, a: times(scales[i]!, k.a), b: times(scales[i]!, k.b), label: `a random state times ${showC(scales[i]!)}` }));
    return (await compare(m, [{ a: c(2), b: c(0), want: [0, 0, 1], label: '2|0⟩' }, ...cases], 'Divide by |a|² + |b|² (the squared norm): every component is quadratic in the amplitudes.'))
      ?? pass('c·(a, b) gives the same point as (a, b) for real and complex c.');
  },
};

const zeroState: Check<BlochModule> = {
  id: 'zero-state',
  title: 'a = b = 0 is refused with an Error',
  points: 1,
  requires: ['poles'],
  async run(m) {
    let got: unknown;
    try {
      got = await m.blochVector(c(0), c(0));
    } catch (e) {
      if (e instanceof LearnerError && e.failure.stage === 'run') return pass('blochVector(0, 0) throws: there is no state to place on the sphere.');
      throw e;
    }
    return fail('a = 0 and b = 0 is not a state (its norm is 0), so blochVector should throw an Error rather than return a point.', 'an Error thrown', show(got));
  },
};

export const grader: Grader<BlochModule> = { exerciseId: '05-bloch-vector', checks: [poles, equator, randomStates, globalPhase, unnormalised, zeroState] };
