// Mistake: multiplies seconds by the power in kW as if it were in W, so every quantum energy is 1000 times too small.
import { estimateEnergy as right, type ClassicalRun, type QuantumRun } from '../solution/estimate-joules';
export function estimateEnergy(quantum: QuantumRun, classical: ClassicalRun) {
  return right({ ...quantum, idleKw: quantum.idleKw / 1000, activeKw: quantum.activeKw / 1000 }, classical);
}
