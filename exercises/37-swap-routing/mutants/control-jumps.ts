// Mistake: exchanges the control with the qubit beside the target in one move, as if a SWAP could reach across the
// line; the qubits in between should each move one place back.
export { swapsToAdjacent } from '../solution/swap-routing';
export function routeOnLine(qubits: number, cxs: [number, number][]) {
  const positions = Array.from({ length: qubits }, (_, q) => q);
  const swapsPerGate = cxs.map(([c, t]) => {
    const gap = Math.abs(positions[c]! - positions[t]!) - 1;
    if (gap <= 0) return 0;
    const beside = positions[t]! + (positions[c]! < positions[t]! ? -1 : 1);
    const other = positions.indexOf(beside);
    [positions[c], positions[other]] = [beside, positions[c]!];
    return gap;
  });
  return { swaps: swapsPerGate.reduce((a, b) => a + b, 0), swapsPerGate, positions };
}
