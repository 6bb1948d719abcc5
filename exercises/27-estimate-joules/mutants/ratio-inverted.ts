// Mistake: reports classical / quantum as the ratio, the advantage turned upside down.
import { estimateEnergy as right, type ClassicalRun, type QuantumRun } from '../solution/estimate-joules';
export function estimateEnergy(quantum: QuantumRun, classical: ClassicalRun) {
  const r = right(quantum, classical);
  return { ...r, ratio: r.classicalJoules / r.quantumJoules };
}
