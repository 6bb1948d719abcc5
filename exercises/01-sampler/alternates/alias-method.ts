// Correct, differently: Vose's alias method (constant time per draw, two rng calls per draw).
export type Rng = () => number;

export function bornProbabilities(re: ArrayLike<number>, im: ArrayLike<number>): number[] {
  return Array.from(re, (r, k) => r ** 2 + im[k]! ** 2);
}

export function createSampler(probs: ArrayLike<number>, rng: Rng): () => number {
  const n = probs.length;
  const total = Array.from(probs).reduce((a, b) => a + b, 0);
  const scaled = Array.from(probs, (p) => (p * n) / total);
  const prob = new Array<number>(n).fill(1);
  const alias = Array.from({ length: n }, (_, i) => i);
  const small = scaled.flatMap((s, i) => (s < 1 ? [i] : []));
  const large = scaled.flatMap((s, i) => (s >= 1 ? [i] : []));
  while (small.length && large.length) {
    const s = small.pop()!;
    const l = large.pop()!;
    prob[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    (scaled[l]! < 1 ? small : large).push(l);
  }
  return () => {
    const col = Math.min(n - 1, Math.floor(rng() * n));
    return rng() < prob[col]! ? col : alias[col]!;
  };
}

export function sampleCounts(re: ArrayLike<number>, im: ArrayLike<number>, shots: number, rng: Rng): Record<string, number> {
  const width = Math.round(Math.log2(re.length));
  const draw = createSampler(bornProbabilities(re, im), rng);
  const tally = new Map<number, number>();
  for (let s = 0; s < shots; s++) {
    const k = draw();
    tally.set(k, (tally.get(k) ?? 0) + 1);
  }
  return Object.fromEntries([...tally].map(([k, c]) => [k.toString(2).padStart(width, '0'), c]));
}
