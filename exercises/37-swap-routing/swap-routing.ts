/**
 * SWAP routing on a line of qubits (nearest-neighbour coupling): how many SWAPs make each CNOT act on neighbours,
 * moving the control toward the target and tracking where every logical qubit ends up.
 * Grade it with:  npm run grade -- 37
 */

/** SWAPs that bring the qubits at positions a and b (a ≠ b) next to each other on a line. */
export function swapsToAdjacent(a: number, b: number): number {
  throw new Error('swapsToAdjacent is not written yet');
}

export interface Routing {
  swaps: number;
  /** SWAPs inserted before each CNOT, one entry per [control, target] pair. */
  swapsPerGate: number[];
  /** positions[q] = where logical qubit q sits after all the CNOTs. */
  positions: number[];
}

/** Route CNOTs [control, target] on logical qubits along a line of `qubits`, moving the control before each one. */
export function routeOnLine(qubits: number, cxs: [number, number][]): Routing {
  // TODO: keep positions[q] and at[p]; before each CNOT swap the control toward the target until they are neighbours.
  throw new Error('routeOnLine is not written yet');
}
