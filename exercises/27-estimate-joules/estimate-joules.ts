/**
 * The energy of an estimate: device time × the machine's whole power, against a classical computation's time × power.
 * Grade it with:  npm run grade -- 27
 */
export interface QuantumRun {
  /** Device time in seconds. */
  seconds: number;
  /** Power drawn even with no circuit running (cryostat, vacuum, standby electronics), in kW. */
  idleKw: number;
  /** Extra power while shots run, in kW. */
  activeKw: number;
}
export interface ClassicalRun {
  seconds: number;
  /** Power in W. */
  watts: number;
}
export interface EnergyComparison {
  quantumJoules: number;
  quantumKWh: number;
  classicalJoules: number;
  /** quantumJoules / classicalJoules */
  ratio: number;
}

/** Joules and kWh of the quantum run, joules of the classical one, and their ratio. */
export function estimateEnergy(quantum: QuantumRun, classical: ClassicalRun): EnergyComparison {
  throw new Error('estimateEnergy is not written yet');
}
