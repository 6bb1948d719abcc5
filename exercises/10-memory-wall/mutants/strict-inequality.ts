// Mistake: counts only states strictly smaller than the budget, so exactly 16 GiB is said to hold 29 qubits, not 30.
import { stateBytes, type Precision } from '../solution/memory-wall';
export { stateBytes };
export function maxQubits(budget: number, precision: Precision): number {
  let n = -1;
  while (stateBytes(n + 1, precision) < budget) n++;
  return n;
}
