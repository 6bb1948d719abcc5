/**
 * Converting between error conventions: Pauli (process) error, average gate error, process and average fidelity,
 * for a gate on `qubits` qubits (dimension d = 2^qubits).
 * Grade it with:  npm run grade -- 33
 */

/** Average gate error from a Pauli (process) error. */
export function averageError(pauliError: number, qubits: number): number {
  throw new Error('averageError is not written yet');
}

/** Pauli (process) error from an average gate error. */
export function pauliError(averageError: number, qubits: number): number {
  throw new Error('pauliError is not written yet');
}

/** Average gate fidelity from a process fidelity. */
export function averageFidelity(processFidelity: number, qubits: number): number {
  throw new Error('averageFidelity is not written yet');
}
