import { indexToBitstring } from './bitstring';
import type { Rng, StateVector } from './types';

/** Upper bound on shots in one call: 10^7 draws take about a second and a Uint32Array of 40 MB. */
export const MAX_SHOTS = 10_000_000;

/** Born rule: probability of basis state k is |amplitude k|^2 (index convention: qubit 0 = least significant bit). */
export function probabilities(state: StateVector): Float64Array {
  const p = new Float64Array(state.re.length);
  for (let i = 0; i < p.length; i++) p[i] = state.re[i]! * state.re[i]! + state.im[i]! * state.im[i]!;
  return p;
}

function checkShots(shots: number): void {
  if (!Number.isInteger(shots) || shots < 0 || shots > MAX_SHOTS) {
    throw new Error(`shots must be a whole number from 0 to ${MAX_SHOTS.toLocaleString('en')}, got ${shots}`);
  }
}

/**
 * Prepares a sampler with Vose's alias method: O(outcomes) to build, then O(1) per draw (one rng call, one table
 * look-up), whatever the number of outcomes. Probabilities need not be normalised; negatives are an error.
 */
export function createSampler(probs: ArrayLike<number>): (rng: Rng) => number {
  const n = probs.length;
  if (n === 0) throw new Error('createSampler: no outcomes');
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = probs[i]!;
    if (!(p >= 0) || !Number.isFinite(p)) throw new Error(`createSampler: probability ${i} must be a finite number >= 0, got ${p}`);
    total += p;
  }
  if (!(total > 0)) throw new Error('createSampler: probabilities sum to 0');
  const prob = new Float64Array(n);
  const alias = new Uint32Array(n);
  const scaled = new Float64Array(n);
  const small = new Uint32Array(n);
  const large = new Uint32Array(n);
  let ns = 0;
  let nl = 0;
  for (let i = 0; i < n; i++) {
    scaled[i] = (probs[i]! * n) / total;
    if (scaled[i]! < 1) small[ns++] = i;
    else large[nl++] = i;
  }
  while (ns > 0 && nl > 0) {
    const s = small[--ns]!;
    const l = large[--nl]!;
    prob[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    if (scaled[l]! < 1) small[ns++] = l;
    else large[nl++] = l;
  }
  // Leftovers are 1 up to rounding error.
  while (nl > 0) prob[large[--nl]!] = 1;
  while (ns > 0) prob[small[--ns]!] = 1;
  return (rng) => {
    // One uniform number picks both the column and the coin: its integer part the column, its fraction the coin.
    const u = rng() * n;
    const col = Math.min(n - 1, Math.floor(u));
    return u - col < prob[col]! ? col : alias[col]!;
  };
}

export function sampleIndices(probs: ArrayLike<number>, shots: number, rng: Rng): Uint32Array {
  checkShots(shots);
  const draw = createSampler(probs);
  const out = new Uint32Array(shots);
  for (let i = 0; i < shots; i++) out[i] = draw(rng);
  return out;
}

/** Counts keyed by bitstring (qubit 0 rightmost), in increasing index order. */
export function sampleCounts(probs: ArrayLike<number>, shots: number, rng: Rng): Map<string, number> {
  const n = Math.log2(probs.length);
  if (!Number.isInteger(n)) throw new Error(`sampleCounts: expected 2^n probabilities, got ${probs.length}`);
  const tally = new Uint32Array(probs.length);
  for (const k of sampleIndices(probs, shots, rng)) tally[k]!++;
  const counts = new Map<string, number>();
  tally.forEach((c, k) => {
    if (c > 0) counts.set(indexToBitstring(k, n), c);
  });
  return counts;
}

/**
 * Measures the listed qubits, collapses the state and renormalises it. The returned bits list the measured qubits
 * in the course order: the lowest-numbered measured qubit is the rightmost character.
 */
export function measureQubits(state: StateVector, qubits: readonly number[], rng: Rng): { bits: string; state: StateVector } {
  for (const q of qubits) {
    if (!Number.isInteger(q) || q < 0 || q >= state.numQubits) throw new Error(`measureQubits: qubit ${q} is out of range 0..${state.numQubits - 1}`);
  }
  const sorted = [...new Set(qubits)].sort((a, b) => a - b);
  let mask = 0;
  for (const q of sorted) mask |= 1 << q;
  // Draw one full basis index from the Born distribution; only its measured bits matter.
  const p = probabilities(state);
  const k = createSampler(p)(rng);
  const outcome = k & mask;
  const re = state.re.slice();
  const im = state.im.slice();
  let kept = 0;
  for (let i = 0; i < re.length; i++) {
    if ((i & mask) !== outcome) {
      re[i] = 0;
      im[i] = 0;
    } else kept += p[i]!;
  }
  const scale = 1 / Math.sqrt(kept);
  for (let i = 0; i < re.length; i++) {
    re[i]! *= scale;
    im[i]! *= scale;
  }
  const bits = sorted
    .map((q) => ((outcome >> q) & 1).toString())
    .reverse()
    .join('');
  return { bits, state: { numQubits: state.numQubits, re, im } };
}
