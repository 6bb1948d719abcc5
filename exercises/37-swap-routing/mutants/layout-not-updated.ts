// Mistake: routes every CNOT from the original positions, as if the SWAPs of earlier CNOTs had moved nothing.
import { routeOnLine as right } from '../solution/swap-routing';
export { swapsToAdjacent } from '../solution/swap-routing';
export function routeOnLine(qubits: number, cxs: [number, number][]) {
  const swapsPerGate = cxs.map(([c, t]) => right(qubits, [[c, t]]).swaps);
  return { swaps: swapsPerGate.reduce((a, b) => a + b, 0), swapsPerGate, positions: right(qubits, cxs).positions };
}
