// Correct, by another numerical route: |a|² as Math.hypot(re, im)², the CDF normalised to end at 1 before the
// search (u = rng() is then used as it is), and bitstrings built bit by bit from qubit n−1 down to qubit 0.
export type Rng = () => number;

export function bornProbabilities(re: ArrayLike<number>, im: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let k = 0; k < re.length; k++) out.push(Math.hypot(re[k]!, im[k]!) ** 2);
  return out;
}

export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  let total = 0;
  for (let k = 0; k < probs.length; k++) total += probs[k]!;
  const cdf: number[] = [];
  let acc = 0;
  for (let k = 0; k < probs.length; k++) cdf.push((acc += probs[k]!) / total);
  // The last outcome with positive probability, so round-off in the normalised sums can never push u past it.
  let last = probs.length - 1;
  while (last > 0 && !(probs[last]! > 0)) last--;
  return () => {
    const u = rng();
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

export function sampleCounts(re: ArrayLike<number>, im: ArrayLike<number>, shots: number, rng: Rng): Record<string, number> {
  let n = 0;
  while (1 << n < re.length) n++;
  const draw = createSampler(bornProbabilities(re, im), rng);
  const counts: Record<string, number> = {};
  for (let s = 0; s < shots; s++) {
    const k = draw();
    let key = '';
    for (let q = n - 1; q >= 0; q--) key += (k >> q) & 1 ? '1' : '0';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
