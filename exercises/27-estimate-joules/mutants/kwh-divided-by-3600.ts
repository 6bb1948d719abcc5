// Mistake: turns joules into kWh by dividing by 3600 only (that gives watt-hours, 1000 times too many).
import { estimateEnergy as right, type ClassicalRun, type QuantumRun } from '../solution/estimate-joules';
export function estimateEnergy(quantum: QuantumRun, classical: ClassicalRun) {
  const r = right(quantum, classical);
  return { ...r, quantumKWh: r.quantumJoules / 3600 };
}
