// Correct, differently: cumulative sums in a plain array, a bisection written as "find the last index whose
// cumulative sum is <= u" and bitstrings built bit by bit from qubit 0 (rightmost) upwards.
export type Rng = () => number;

export function bornProbabilities(re: ArrayLike<number>, im: ArrayLike<number>): Float64Array {
  const out = new Float64Array(re.length);
  for (let k = re.length - 1; k >= 0; k--) out[k] = Math.pow(Math.hypot(re[k]!, im[k]!), 2);
  return out;
}

export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  // starts[k] = mass before outcome k; outcome k owns [starts[k], starts[k] + p[k]).
  const starts = [0];
  for (let k = 0; k < probs.length; k++) starts.push(starts[k]! + probs[k]!);
  const total = starts.pop()!;
  return () => {
    const u = rng() * total;
    let lo = 0;
    let hi = starts.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= u) lo = mid;
      else hi = mid;
    }
    // A zero-probability outcome shares its start with the next one, so "last start <= u" never lands on it.
    return lo;
  };
}

export function sampleCounts(re: ArrayLike<number>, im: ArrayLike<number>, shots: number, rng: Rng): Record<string, number> {
  const n = Math.round(Math.log2(re.length));
  const draw = createSampler(bornProbabilities(re, im), rng);
  const counts: Record<string, number> = {};
  for (let s = 0; s < shots; s++) {
    const k = draw();
    let bits = '';
    for (let q = 0; q < n; q++) bits = ((k >> q) & 1) + bits;
    counts[bits] = (counts[bits] ?? 0) + 1;
  }
  return counts;
}
