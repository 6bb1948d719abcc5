// Mistake: removes repeated samples before counting, so the rate is over distinct images, not over shots.
import { isBarsOrStripes } from '../solution/bars-and-stripes';
export { isBarsOrStripes };
export function validRate(samples: string[], rows: number, cols: number): number {
  const distinct = [...new Set(samples)];
  return distinct.length ? distinct.filter((s) => isBarsOrStripes(s, rows, cols)).length / distinct.length : 0;
}
