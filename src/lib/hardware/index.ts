export { MACHINES, type Machine } from './machines';
export { logFidelity, circuitFidelity, log10Fidelity, maxLayers, bornMachineCounts, mitigationShotFactor, type GateCounts } from './fidelity-budget';
export { profileCircuit, type CircuitProfile } from './circuit-profile';
export { WILLOW_2024, MAX_DISTANCE, logicalErrorPerCycle, physicalQubitsPerLogical, planErrorCorrection, type QecAssumptions, type QecPlan } from './error-correction';
