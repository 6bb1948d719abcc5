// Correct, another way: reverse each key once so that character q is qubit q, build the marginals from those, and get
// the correlator as 1 − 2·P(differ), since P(agree) + P(differ) = 1.
import type { Counts } from '../solution/correlations';

const reversed = (counts: Counts) => Object.entries(counts).map(([k, c]) => [k.split('').reverse().join(''), c] as const);

export function marginals(counts: Counts): number[] {
  const rows = reversed(counts);
  const shots = rows.reduce((s, [, c]) => s + c, 0);
  return rows[0]![0].split('').map((_, q) => rows.reduce((s, [k, c]) => s + (k[q] === '1' ? c : 0), 0) / shots);
}

export function zzCorrelator(counts: Counts, a: number, b: number): number {
  const rows = reversed(counts);
  const shots = rows.reduce((s, [, c]) => s + c, 0);
  const differ = rows.reduce((s, [k, c]) => s + (k[a] !== k[b] ? c : 0), 0);
  return 1 - 2 * (differ / shots);
}
