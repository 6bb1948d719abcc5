// Mistake: the README's 4,000 shots per second written into the code instead of using the shotsPerSecond input.
import type { CostInputs } from '../energy';
export { exactEnergy, groupStdDevs, estimateEnergy, shotsForPrecision } from '../solution/energy';
export function costToPrecision(c: CostInputs) {
  const quantumSeconds = c.shots / 4000;
  const quantumJoules = quantumSeconds * c.qpuWatts;
  const classicalJoules = c.classicalSeconds * c.classicalWatts;
  return { quantumSeconds, quantumJoules, classicalJoules, ratio: quantumJoules / classicalJoules };
}
