// Mistake: applies d/(d + 1) in both directions, so going from average back to Pauli error shrinks it again.
import { averageError, averageFidelity } from '../solution/error-conventions';
export { averageError, averageFidelity };
export const pauliError = (r: number, qubits: number) => averageError(r, qubits);
