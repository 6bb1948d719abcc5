/**
 * The depth of a circuit: time steps when gates on different qubits run at once, and the same for its two-qubit
 * gates alone.
 * Grade it with:  npm run grade -- 36
 */
export interface Gate { name: string; targets: number[]; controls?: number[]; params?: number[] }
export interface Circuit { qubits: number; gates: Gate[] }

/** depth: time steps of the whole circuit; twoQubitDepth: time steps when only gates on 2+ qubits take time. */
export function circuitDepth(circuit: Circuit): { depth: number; twoQubitDepth: number } {
  // TODO: track for every qubit the last time step it is busy; a gate on qubits Q runs at 1 + the latest of them.
  throw new Error('circuitDepth is not written yet');
}
