// Mistake: floor(log2(budget / bytes per amplitude)). Right for most budgets, but log2 rounds to the nearest double, so
// just below a power of two it returns one qubit too many.
import { stateBytes, type Precision } from '../solution/memory-wall';
export { stateBytes };
export function maxQubits(budget: number, precision: Precision): number {
  const per = precision === 'complex64' ? 8 : 16;
  if (budget < per) return -1;
  return Math.floor(Math.log2(budget / per));
}
