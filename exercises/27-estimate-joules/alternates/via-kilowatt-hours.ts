// Correct, another way: works in kWh first (kW × hours), then converts to joules, and takes the ratio of powers × times.
import type { ClassicalRun, QuantumRun } from '../solution/estimate-joules';
export function estimateEnergy(quantum: QuantumRun, classical: ClassicalRun) {
  const quantumKWh = (quantum.idleKw + quantum.activeKw) * (quantum.seconds / 3600);
  const classicalJoules = classical.watts * classical.seconds;
  const quantumJoules = quantumKWh * 3.6e6;
  const ratio = ((quantum.idleKw + quantum.activeKw) * 1000 * quantum.seconds) / classicalJoules;
  return { quantumJoules, quantumKWh, classicalJoules, ratio };
}
