// Mistake: turns the factor upside down, making the average error larger than the Pauli error (and the reverse).
import { averageFidelity } from '../solution/error-conventions';
export { averageFidelity };
export const averageError = (r: number, qubits: number) => (r * (2 ** qubits + 1)) / 2 ** qubits;
export const pauliError = (r: number, qubits: number) => (r * 2 ** qubits) / (2 ** qubits + 1);
