// Mistake: scales the fidelity by d/(d + 1) as if it were an error, F_avg = F_pro · d/(d + 1), so a perfect gate gets F_avg < 1.
import { averageError, pauliError } from '../solution/error-conventions';
export { averageError, pauliError };
export const averageFidelity = (f: number, qubits: number) => (f * 2 ** qubits) / (2 ** qubits + 1);
