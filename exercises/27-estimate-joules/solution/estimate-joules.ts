export interface QuantumRun {
  seconds: number;
  idleKw: number;
  activeKw: number;
}
export interface ClassicalRun {
  seconds: number;
  watts: number;
}
export interface EnergyComparison {
  quantumJoules: number;
  quantumKWh: number;
  classicalJoules: number;
  ratio: number;
}

const JOULES_PER_KWH = 3.6e6;

export function estimateEnergy(quantum: QuantumRun, classical: ClassicalRun): EnergyComparison {
  const machineWatts = (quantum.idleKw + quantum.activeKw) * 1000;
  const quantumJoules = quantum.seconds * machineWatts;
  const classicalJoules = classical.seconds * classical.watts;
  return { quantumJoules, quantumKWh: quantumJoules / JOULES_PER_KWH, classicalJoules, ratio: quantumJoules / classicalJoules };
}
