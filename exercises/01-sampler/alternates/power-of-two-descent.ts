// Correct, differently: a normalised CDF whose entries from the last positive outcome on are Infinity, searched by a
// power-of-two descent (as in a Fenwick tree) for the last index with cdf <= u; counts tallied in a Uint32Array.
export type Rng = () => number;
export function bornProbabilities(re: ArrayLike<number>, im: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: re.length }, (_, k) => Math.hypot(re[k]!, im[k]!) ** 2);
}
// Normalised CDF; search with a power-of-two stepping (Fenwick-style descent) for the first k with u < cdf[k].
export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  const n = probs.length;
  let total = 0;
  for (let k = 0; k < n; k++) total += probs[k]!;
  const cdf = new Float64Array(n);
  let acc = 0;
  for (let k = 0; k < n; k++) { acc += probs[k]!; cdf[k] = acc / total; }
  let last = n - 1;
  while (last > 0 && !(probs[last]! > 0)) last--;
  for (let k = last; k < n; k++) cdf[k] = Infinity;
  let top = 1;
  while (top * 2 <= n) top *= 2;
  return () => {
    const u = rng();
    let pos = -1; // largest index with cdf[pos] <= u
    for (let step = top; step > 0; step >>= 1) if (pos + step < n && cdf[pos + step]! <= u) pos += step;
    return pos + 1;
  };
}
export function sampleCounts(re: ArrayLike<number>, im: ArrayLike<number>, shots: number, rng: Rng): Record<string, number> {
  const n = Math.round(Math.log2(re.length));
  const draw = createSampler(bornProbabilities(re, im), rng);
  const tally = new Uint32Array(re.length);
  for (let s = 0; s < shots; s++) tally[draw()]!++;
  const out: Record<string, number> = {};
  tally.forEach((c, k) => { if (c) out[k.toString(2).padStart(n, '0')] = c; });
  return out;
}
