export type Distribution = Record<string, number>;

export function empirical(samples: string[]): Distribution {
  const counts: Distribution = {};
  for (const s of samples) counts[s] = (counts[s] ?? 0) + 1;
  for (const key of Object.keys(counts)) counts[key] = counts[key]! / samples.length;
  return counts;
}

export function totalVariation(p: Distribution, q: Distribution): number {
  const outcomes = new Set([...Object.keys(p), ...Object.keys(q)]);
  let sum = 0;
  for (const x of outcomes) sum += Math.abs((p[x] ?? 0) - (q[x] ?? 0));
  return sum / 2;
}
