// Mistake: divides by the number of samples without a guard, so no samples give 0/0.
export function diversity(samples: string[], target: string[]) {
  const seen = new Set(samples);
  return { distinct: seen.size, diversity: seen.size / samples.length, coverage: target.filter((t) => seen.has(t)).length / target.length };
}
