// Mistake: moves the target toward the control instead of the control toward the target.
import { routeOnLine as right } from '../solution/swap-routing';
export { swapsToAdjacent } from '../solution/swap-routing';
export function routeOnLine(qubits: number, cxs: [number, number][]) {
  return right(qubits, cxs.map(([c, t]) => [t, c] as [number, number]));
}
