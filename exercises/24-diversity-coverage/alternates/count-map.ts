// Correct, another way: a count per string in a Map, then coverage as the target strings with a count above 0.
export function diversity(samples: string[], target: string[]) {
  const counts = new Map<string, number>();
  for (const s of samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  let covered = 0;
  for (const t of target) if ((counts.get(t) ?? 0) > 0) covered += 1;
  const n = samples.length;
  return { distinct: counts.size, diversity: n && counts.size / n, coverage: covered / target.length };
}
