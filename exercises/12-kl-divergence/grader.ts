/**
 * Grader for exercise 12 (the KL divergence). Expected values are computed here as cross entropy minus entropy,
 * H(p, q) − H(p), over the support of p, a different route from the learner's single sum of p·ln(p/q). Inputs come
 * from fixed seeds; nothing random reaches the learner.
 */
import type { Check, CheckResult, Grader } from '../../src/lib/exercises/types';
import { mulberry32, intIn, uniformIn } from '../../src/lib/exercises/grading/prng';
import { close, fail, finiteNumber, isResult, pass, remote, sameNumbers, show } from '../../src/lib/exercises/grading/check-kit';

export interface KlModule {
  klDivergence(p: number[], q: number[]): Promise<unknown>;
}

const TOL = 1e-10;

/** KL(p‖q) in nats as H(p, q) − H(p), after normalising each array by its sum. */
function expectedKl(p: number[], q: number[]): number {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let cross = 0;
  let entropy = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    if (q[i] === 0) return Infinity;
    cross -= (p[i]! / sp) * Math.log(q[i]! / sq);
    entropy -= (p[i]! / sp) * Math.log(p[i]! / sp);
  }
  return Math.max(0, cross - entropy);
}

const list = (a: number[]) => `[${a.map((x) => show(x, 4)).join(', ')}]`;

/** Compares one finite case, naming the likely mistake when the value is a recognisable wrong one. */
async function finiteCase(m: KlModule, p: number[], q: number[], label: string, why: (got: number, want: number) => string = () => ''): Promise<CheckResult | null> {
  const want = expectedKl(p, q);
  const raw = await m.klDivergence(p, q);
  const got = finiteNumber(raw, `klDivergence(${label})`);
  if (isResult(got)) {
    const cause = typeof raw === 'number' && Number.isNaN(raw) ? ' Not a number usually means an outcome with p = 0 went into p·ln(p/q): skip those terms.' : '';
    return fail(`${got.message} Here q > 0 wherever p > 0, so KL is finite.${cause}`, show(want), show(raw));
  }
  if (!close(got, want, TOL, true)) return fail(`klDivergence(${label}) is off by more than ${TOL}.${why(got, want)}`, show(want, 10), show(got, 10));
  return null;
}

const inBits = (got: number, want: number) => (close(got, want / Math.LN2, 1e-9, true) ? ' Your value is the answer divided by ln 2, which means it is in bits: use the natural logarithm, Math.log.' : '');

const nats: Check<KlModule> = {
  id: 'nats',
  title: 'The value is in nats (natural logarithm)',
  points: 1,
  async run(m) {
    // Each pair is a distribution and its mirror image, so KL(p‖q) = KL(q‖p): only the logarithm's base is tested.
    const cases: [number[], number[]][] = [[[0.8, 0.2], [0.2, 0.8]], [[0.4, 0.3, 0.2, 0.1], [0.1, 0.2, 0.3, 0.4]]];
    for (const [p, q] of cases) {
      const r = await finiteCase(m, p, q, `${list(p)}, ${list(q)}`, inBits);
      if (r) return r;
    }
    return pass('KL([0.8, 0.2] ‖ [0.2, 0.8]) = 0.6·ln 4 ≈ 0.8318 nats.');
  },
};

const direction: Check<KlModule> = {
  id: 'direction',
  title: 'KL(p‖q), not KL(q‖p)',
  points: 1,
  async run(m) {
    const p = [0.9, 0.1];
    const q = [0.5, 0.5];
    const swapped = (got: number) => (close(got, expectedKl(q, p), 1e-9, true) ? ' Your value is KL(q‖p): the first argument p is the one that weights the sum, Σ p(x) ln(p(x)/q(x)).' : '');
    return (await finiteCase(m, p, q, `${list(p)}, ${list(q)}`, swapped)) ?? (await finiteCase(m, q, p, `${list(q)}, ${list(p)}`, swapped)) ?? pass('KL([0.9, 0.1] ‖ [0.5, 0.5]) ≈ 0.368 and the other way round ≈ 0.511: the order matters.');
  },
};

/** The 2×2 bars-and-stripes images as indices (pixel (r, c) is bit 2r + c), built from row and column choices. */
const BAS_2X2 = [...new Set([0b0000, 0b0011, 0b1100, 0b1111, 0b0101, 0b1010])];
const basData = Array.from({ length: 16 }, (_, k) => (BAS_2X2.includes(k) ? 1 / 6 : 0));
const uniform16 = new Array<number>(16).fill(1 / 16);

const zeroInP: Check<KlModule> = {
  id: 'zero-in-p',
  title: 'Outcomes with p = 0 contribute nothing',
  points: 1,
  async run(m) {
    return (
      (await finiteCase(m, basData, uniform16, 'the 2×2 bars-and-stripes data, the uniform model over 16 images')) ??
      (await finiteCase(m, [0.5, 0, 0.5, 0], [0.25, 0, 0.5, 0.25], '[0.5, 0, 0.5, 0], [0.25, 0, 0.5, 0.25]')) ??
      pass('The independent-pixel model of the lesson scores ln(16/6) ≈ 0.981 nats; terms with p = 0 (even with q = 0) add 0.')
    );
  },
};

const infinite: Check<KlModule> = {
  id: 'infinite',
  title: 'p > 0 where q = 0 gives Infinity',
  points: 1,
  async run(m) {
    const cases: [number[], number[], string][] = [
      [[0.5, 0.5], [1, 0], '[0.5, 0.5], [1, 0]'],
      [uniform16, basData, 'the uniform distribution over 16 images, the 2×2 bars-and-stripes data'],
      [[0, 0.5, 0.5, 0], [0.5, 0, 0.5, 0], '[0, 0.5, 0.5, 0], [0.5, 0, 0.5, 0]'],
    ];
    for (const [p, q, label] of cases) {
      const got = await m.klDivergence(p, q);
      if (got !== Infinity) {
        return fail(`klDivergence(${label}): p gives probability to an outcome that q calls impossible, so the divergence is infinite. Return Infinity there, rather than skipping the outcome.`, 'infinity', show(got));
      }
    }
    return pass('Where the model gives 0 to an outcome the data contains, the divergence is Infinity.');
  },
};

const normalises: Check<KlModule> = {
  id: 'normalises',
  title: 'Counts are normalised; the arrays are left unchanged',
  points: 1,
  async run(m) {
    // Σ p ln(p/q) on the counts themselves, the value of forgetting to normalise.
    const unnormalised = (p: number[], q: number[]) => p.reduce((s, w, i) => (w > 0 ? s + w * Math.log(w / q[i]!) : s), 0);
    const why = (p: number[], q: number[]) => (got: number) => (close(got, unnormalised(p, q), 1e-9, true) ? ' You used the counts as if they were probabilities: divide each array by its own sum first ([3, 1] means [0.75, 0.25]).' : '');
    const [p1, q1] = [[3, 1], [1, 1]];
    const [p2, q2] = [basData.map((x) => x * 30), uniform16.map((x) => x * 32)];
    const r = (await finiteCase(m, p1, q1, 'counts [3, 1], [1, 1]', why(p1, q1))) ?? (await finiteCase(m, p2, q2, 'counts: 5 of each valid 2×2 image, 2 of each of the 16 images', why(p2, q2)));
    if (r) return r;
    const p = [6, 0, 3, 1];
    const q = [2, 2, 4, 2];
    const after = await remote(m.klDivergence).withArgs([...p], [...q]);
    if (!sameNumbers(after.args[0], p) || !sameNumbers(after.args[1], q)) {
      return fail('klDivergence changed the arrays it was given (normalised them in place?). Whoever called it may still need the counts: work on copies or divide as you go.', `${list(p)} and ${list(q)} unchanged`, `${show(after.args[0])} and ${show(after.args[1])}`);
    }
    return pass('[3, 1] against [1, 1] gives the same as [0.75, 0.25] against [0.5, 0.5], and the inputs stay as they were.');
  },
};

const sweep: Check<KlModule> = {
  id: 'random-distributions',
  title: 'Random distributions, 2 to 4096 outcomes, with zeros',
  points: 2,
  async run(m) {
    const rng = mulberry32(12);
    for (let t = 0; t < 30; t++) {
      const size = [2, 3, 4, 8, 16, 64, 512, 4096][t % 8]!;
      const scaleP = [1, 1, 7, 1000][intIn(rng, 0, 3)]!;
      // About a third of p is 0 (at least one entry stays positive); q is positive wherever p is and sometimes 0 elsewhere.
      const p = Array.from({ length: size }, (_, i) => (i > 0 && rng() < 0.35 ? 0 : uniformIn(rng, 0.01, 1) * scaleP));
      const q = p.map((w) => (w === 0 && rng() < 0.5 ? 0 : uniformIn(rng, 0.01, 1)));
      const r = await finiteCase(m, p, q, `random case ${t + 1}, ${size} outcomes`);
      if (r) return r;
    }
    return pass('30 random pairs agree with H(p, q) − H(p) to 1e-10.');
  },
};

export const grader: Grader<KlModule> = { exerciseId: '12-kl-divergence', checks: [nats, direction, zeroInP, infinite, normalises, sweep] };
