/**
 * Grader for exercise 07 (same state up to a global phase). Every pair is built with its answer known: v = e^{iγ}·u
 * (the same state), or u changed by a relative phase, a swap of magnitudes or a rescaled amplitude (a different
 * state, at least 1e-4 from every e^{iφ}·u). Fixed seeds; nothing random reaches learner code.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, randomAmplitudes, uniformIn, type Rng } from '../../src/lib/exercises/grading/prng';
import { fail, pass, show } from '../../src/lib/exercises/grading/check-kit';

interface State { re: number[]; im: number[] }
export interface GlobalPhaseModule {
  sameState(u: State, v: State): Promise<unknown>;
}

const R = Math.SQRT1_2;
const st = (amps: [number, number][]): State => ({ re: amps.map((a) => a[0]), im: amps.map((a) => a[1]) });
const rand = (n: number, rng: Rng): State => {
  const { re, im } = randomAmplitudes(n, rng);
  return { re: Array.from(re), im: Array.from(im) };
};
/** e^{iγ}·u. */
const turned = (u: State, g: number): State => ({
  re: u.re.map((x, k) => Math.cos(g) * x - Math.sin(g) * u.im[k]!),
  im: u.im.map((y, k) => Math.cos(g) * y + Math.sin(g) * u.re[k]!),
});
const renormalised = (u: State): State => {
  const s = Math.sqrt(u.re.reduce((a, x, k) => a + x * x + u.im[k]! ** 2, 0));
  return { re: u.re.map((x) => x / s), im: u.im.map((y) => y / s) };
};
/** u with amplitude j multiplied by the complex factor (fr + i·fi), renormalised. */
function changedAt(u: State, j: number, fr: number, fi: number): State {
  const re = [...u.re];
  const im = [...u.im];
  [re[j], im[j]] = [fr * u.re[j]! - fi * u.im[j]!, fr * u.im[j]! + fi * u.re[j]!];
  return renormalised({ re, im });
}
const describe = (s: State) => (s.re.length <= 4 ? `[${s.re.map((x, k) => `${show(x, 4)}${s.im[k] ? ` + ${show(s.im[k], 4)}i` : ''}`).join(', ')}]` : `a ${Math.log2(s.re.length)}-qubit state`);

interface Pair { u: State; v: State; same: boolean; label: string }

async function judge(m: GlobalPhaseModule, pairs: Pair[], advice: string): Promise<CheckResult | null> {
  for (const { u, v, same, label } of pairs) {
    const got = await m.sameState(u, v);
    if (typeof got !== 'boolean') return fail(`sameState should return true or false (${label}).`, String(same), show(got));
    if (got !== same) {
      return fail(`${label}: u = ${describe(u)}, v = ${describe(v)}. These are ${same ? 'the same state' : 'different states'}. ${advice}`, String(same), String(got));
    }
  }
  return null;
}

const globalPhase: Check<GlobalPhaseModule> = {
  id: 'global-phase',
  title: 'v = e^{iγ}·u is the same state, −u and i·u included',
  points: 2,
  async run(m) {
    const rng = mulberry32(707);
    const pairs: Pair[] = [];
    const plus = st([[R, 0], [R, 0]]);
    pairs.push({ u: plus, v: plus, same: true, label: '|+⟩ and itself' });
    pairs.push({ u: plus, v: turned(plus, Math.PI), same: true, label: '|+⟩ and −|+⟩' });
    for (const n of [1, 2, 3, 5]) {
      const u = rand(n, rng);
      for (const g of [Math.PI / 2, -Math.PI / 2, Math.PI, uniformIn(rng, 0.3, 6)]) pairs.push({ u, v: turned(u, g), same: true, label: `a random ${n}-qubit state u and v = e^{i·${show(g, 4)}}·u` });
    }
    return (await judge(m, pairs, 'A global phase multiplies every amplitude by the same e^{iγ} and no measurement can see it: find that phase, then compare.'))
      ?? pass('States that differ only by a global phase are recognised as the same.');
  },
};

const relativePhase: Check<GlobalPhaseModule> = {
  id: 'relative-phase',
  title: 'A relative phase makes a different state',
  points: 2,
  async run(m) {
    const u = rand(3, mulberry32(708));
    const pairs: Pair[] = [
      { u: st([[R, 0], [R, 0]]), v: st([[R, 0], [-R, 0]]), same: false, label: '|+⟩ and |−⟩' },
      { u: st([[R, 0], [R, 0]]), v: st([[R, 0], [0, R]]), same: false, label: '|+⟩ and (|0⟩ + i|1⟩)/√2' },
      { u: st([[R, 0], [0, 0], [0, 0], [R, 0]]), v: st([[R, 0], [0, 0], [0, 0], [-R, 0]]), same: false, label: '(|00⟩ + |11⟩)/√2 and (|00⟩ − |11⟩)/√2' },
      { u, v: changedAt(u, 5, Math.cos(0.7), Math.sin(0.7)), same: false, label: 'a random state and the same with amplitude 5 turned by 0.7 rad' },
    ];
    return (await judge(m, pairs, 'The probabilities agree, but a relative phase is physical (an H turns it into different odds): compare amplitudes, not only |amplitude|².'))
      ?? pass('Equal probabilities with a different relative phase are told apart.');
  },
};

const zeroAmplitudes: Check<GlobalPhaseModule> = {
  id: 'zero-amplitudes',
  title: 'States whose first amplitude is 0',
  points: 1,
  async run(m) {
    const u = rand(3, mulberry32(709));
    u.re[0] = 0;
    u.im[0] = 0;
    const w = renormalised(u);
    const pairs: Pair[] = [
      { u: st([[0, 0], [1, 0]]), v: st([[0, 0], [0, 1]]), same: true, label: '|1⟩ and i|1⟩' },
      { u: st([[0, 0], [0.6, 0], [0, 0.8], [0, 0]]), v: turned(st([[0, 0], [0.6, 0], [0, 0.8], [0, 0]]), 1.1), same: true, label: 'a state with zeros and the same times e^{1.1i}' },
      { u: w, v: turned(w, 2.5), same: true, label: 'a random state with amplitude 0 set to 0, and the same times e^{2.5i}' },
    ];
    return (await judge(m, pairs, 'An amplitude of 0 has no phase: taking the phase from it gives 0/0, not a number. Take it from an amplitude that is not 0, e.g. the largest.'))
      ?? pass('The phase is taken from an amplitude that has one.');
  },
};

const tolerance: Check<GlobalPhaseModule> = {
  id: 'tolerance',
  title: 'Rounding-level differences (1e-13) still count as the same',
  points: 1,
  requires: ['global-phase'],
  async run(m) {
    const rng = mulberry32(710);
    const pairs: Pair[] = [];
    for (const n of [1, 2, 4]) {
      const u = rand(n, rng);
      const v = turned(u, uniformIn(rng, 0.3, 6));
      pairs.push({ u, v: { re: v.re.map((x) => x + uniformIn(rng, -1e-13, 1e-13)), im: v.im.map((y) => y + uniformIn(rng, -1e-13, 1e-13)) }, same: true, label: `a random ${n}-qubit state and e^{iγ} times it, each amplitude moved by up to 1e-13` });
    }
    return (await judge(m, pairs, 'Floating-point amplitudes are never exactly equal after a rotation: compare with the stated tolerance, |v_k − e^{iφ}u_k| ≤ 1e-9, not with ===.'))
      ?? pass('Differences far below 1e-9 are treated as rounding.');
  },
};

const differentStates: Check<GlobalPhaseModule> = {
  id: 'different-states',
  title: 'Different magnitudes make different states',
  points: 1,
  async run(m) {
    const rng = mulberry32(711);
    const u = rand(3, rng);
    const pairs: Pair[] = [
      { u: st([[1, 0], [0, 0]]), v: st([[0, 0], [1, 0]]), same: false, label: '|0⟩ and |1⟩' },
      { u: st([[0.6, 0], [0.8, 0]]), v: st([[0.8, 0], [0.6, 0]]), same: false, label: '0.6|0⟩ + 0.8|1⟩ and 0.8|0⟩ + 0.6|1⟩' },
      { u: st([[0.6, 0], [0, 0.8]]), v: turned(st([[0.8, 0], [0, 0.6]]), 0.4), same: false, label: '0.6|0⟩ + 0.8i|1⟩ and e^{0.4i}(0.8|0⟩ + 0.6i|1⟩)' },
      { u, v: changedAt(u, 2, 1.01, 0), same: false, label: 'a random state and the same with amplitude 2 made 1 % larger (then renormalised)' },
      { u, v: rand(3, rng), same: false, label: 'two unrelated random states' },
    ];
    return (await judge(m, pairs, 'Equal phase shifts are not enough: e^{iφ}·u must match v in size too, amplitude by amplitude.'))
      ?? pass('States with different magnitudes are told apart, whatever their phases.');
  },
};

export const grader: Grader<GlobalPhaseModule> = { exerciseId: '07-global-phase', checks: [globalPhase, relativePhase, zeroAmplitudes, tolerance, differentStates] };
