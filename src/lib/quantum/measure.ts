import { indexToBitstring } from './bitstring';
import { checkState } from './state';
import type { Rng, StateVector } from './types';

/** Upper bound on shots in one call: 10^7 draws take well under a second and a Uint32Array of 40 MB. */
export const MAX_SHOTS = 10_000_000;

/** Born rule: probability of basis state k is |amplitude k|^2 (index convention: qubit 0 = least significant bit). */
export function probabilities(state: StateVector): Float64Array {
  checkState(state, 'probabilities');
  const p = new Float64Array(state.re.length);
  for (let i = 0; i < p.length; i++) p[i] = state.re[i]! * state.re[i]! + state.im[i]! * state.im[i]!;
  return p;
}

function checkShots(shots: number): void {
  if (!Number.isInteger(shots) || shots < 0 || shots > MAX_SHOTS) {
    throw new Error(`shots must be a whole number from 0 to ${MAX_SHOTS} (MAX_SHOTS), got ${String(shots)}`);
  }
}

/**
 * Prepares a sampler with Vose's alias method: O(outcomes) to build, then O(1) per draw (one rng call, one table
 * look-up), whatever the number of outcomes. Probabilities need not be normalised; negatives are an error.
 */
export function createSampler(probs: ArrayLike<number>): (rng: Rng) => number {
  const n = probs.length;
  if (n === 0) throw new Error('createSampler: expected at least one probability, got none');
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
    // createRng's 53-bit doubles leave 53 - n bits for the coin (29 at the 24-qubit budget), so the split costs no
    // accuracy that matters and halves the rng calls. Math.min guards u rounding up to n when n is not a power of 2.
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
  if (!Number.isInteger(n) || n < 1) throw new Error(`sampleCounts: expected 2^n probabilities, got ${probs.length}`);
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
  checkState(state, 'measureQubits');
  if (!Array.isArray(qubits)) throw new Error(`measureQubits: expected an array of qubit numbers, got ${String(qubits)}`);
  for (const q of qubits) {
    if (!Number.isInteger(q) || q < 0 || q >= state.numQubits) {
      throw new Error(`measureQubits: expected qubits from 0 to ${state.numQubits - 1}, got ${String(q)}`);
    }
  }
  const sorted = [...qubits].sort((a, b) => a - b);
  if (new Set(sorted).size !== sorted.length) {
    throw new Error(`measureQubits: each qubit may be listed once, got [${qubits.join(', ')}]`);
  }
  let mask = 0;
  for (const q of sorted) mask |= 1 << q;
  // Draw one full basis index from the Born distribution (only its measured bits matter). A single draw does not
  // repay building an alias table: one linear walk of the cumulative sum is cheaper.
  const p = probabilities(state);
  let total = 0;
  for (let i = 0; i < p.length; i++) total += p[i]!;
  const u = rng() * total;
  let k = -1;
  let acc = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i]! === 0) continue;
    k = i; // the last non-zero index also catches u landing past the end through rounding
    acc += p[i]!;
    if (u < acc) break;
  }
  if (k < 0) throw new Error('measureQubits: the state is all zeros, so no outcome has any probability');
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
