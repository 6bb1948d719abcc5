// Mistake: counts |a − b| SWAPs, one too many: neighbours need none, the last step is the CNOT itself.
export { routeOnLine } from '../solution/swap-routing';
export function swapsToAdjacent(a: number, b: number): number {
  return Math.abs(a - b);
}
