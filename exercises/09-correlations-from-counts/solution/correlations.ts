export type Counts = Record<string, number>;

const totalShots = (counts: Counts) => Object.values(counts).reduce((s, c) => s + c, 0);
/** The character of qubit q in a key: qubit 0 is the last one. */
const qubitChar = (key: string, q: number) => key[key.length - 1 - q];

export function marginals(counts: Counts): number[] {
  const keys = Object.keys(counts);
  const n = keys[0]!.length;
  const ones = new Array<number>(n).fill(0);
  for (const key of keys) for (let q = 0; q < n; q++) if (qubitChar(key, q) === '1') ones[q]! += counts[key]!;
  const total = totalShots(counts);
  return ones.map((c) => c / total);
}

export function zzCorrelator(counts: Counts, a: number, b: number): number {
  let agreeMinusDiffer = 0;
  for (const [key, c] of Object.entries(counts)) agreeMinusDiffer += qubitChar(key, a) === qubitChar(key, b) ? c : -c;
  return agreeMinusDiffer / totalShots(counts);
}
