// Mistake: counts only the power drawn while shots run, forgetting that the cryostat draws its idle power all along.
import { estimateEnergy as right, type ClassicalRun, type QuantumRun } from '../solution/estimate-joules';
export function estimateEnergy(quantum: QuantumRun, classical: ClassicalRun) {
  return right({ ...quantum, idleKw: 0 }, classical);
}
