// Mistake: returns the count for one logical qubit, forgetting to multiply by the number of logical qubits.
import { physicalQubits as right } from '../solution/physical-qubits';
export function physicalQubits(logical: number, d: number) {
  right(logical, d);
  return right(1, d);
}
