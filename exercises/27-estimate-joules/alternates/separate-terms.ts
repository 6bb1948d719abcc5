// Correct, another way: the idle and the active energy computed as two terms in joules and added.
import type { ClassicalRun, QuantumRun } from '../solution/estimate-joules';
export function estimateEnergy(quantum: QuantumRun, classical: ClassicalRun) {
  const idleJ = 1e3 * quantum.idleKw * quantum.seconds;
  const activeJ = 1e3 * quantum.activeKw * quantum.seconds;
  const quantumJoules = idleJ + activeJ;
  const classicalJoules = classical.seconds * classical.watts;
  return { quantumJoules, quantumKWh: quantumJoules / 1000 / 3600, classicalJoules, ratio: quantumJoules / classicalJoules };
}
