// Mistake: sorts the caller's samples to count runs of equal strings, reordering the array it was given.
export function diversity(samples: string[], target: string[]) {
  samples.sort();
  let distinct = 0;
  for (let i = 0; i < samples.length; i++) if (i === 0 || samples[i] !== samples[i - 1]) distinct++;
  const covered = target.filter((t) => samples.includes(t)).length;
  return { distinct, diversity: samples.length ? distinct / samples.length : 0, coverage: covered / target.length };
}
