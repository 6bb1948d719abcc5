export interface Diversity { distinct: number; diversity: number; coverage: number }

export function diversity(samples: string[], target: string[]): Diversity {
  const seen = new Set(samples);
  const covered = target.filter((t) => seen.has(t)).length;
  const distinct = seen.size;
  return { distinct, diversity: samples.length === 0 ? 0 : distinct / samples.length, coverage: covered / target.length };
}
