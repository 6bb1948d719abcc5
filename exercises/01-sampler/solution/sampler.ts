/** Reference solution for exercise 01: inverse CDF with binary search. */
export type Rng = () => number;

export function bornProbabilities(re: ArrayLike<number>, im: ArrayLike<number>): Float64Array {
  const p = new Float64Array(re.length);
  for (let k = 0; k < p.length; k++) p[k] = re[k]! * re[k]! + im[k]! * im[k]!;
  return p;
}

export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  const cdf = new Float64Array(probs.length);
  let acc = 0;
  for (let k = 0; k < probs.length; k++) cdf[k] = acc += probs[k]!;
  const total = acc;
  return () => {
    const u = rng() * total;
    // First k with u < cdf[k]; zero-probability outcomes have cdf[k] === cdf[k-1] and are never chosen.
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (u < cdf[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

export function sampleCounts(re: ArrayLike<number>, im: ArrayLike<number>, shots: number, rng: Rng): Record<string, number> {
  const n = Math.log2(re.length);
  const draw = createSampler(bornProbabilities(re, im), rng);
  const counts: Record<string, number> = {};
  for (let s = 0; s < shots; s++) {
    const key = draw().toString(2).padStart(n, '0');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
