export { MAX_DENSITY_QUBITS, zeroDensity, densityFromState, applyUnitary, applyKraus, diagonal, trace, purity, fidelityWithPure, runUnitaryCircuit, type DensityMatrix, type Kraus2 } from './density-matrix';
export { amplitudeDamping, phaseDamping, depolarizing, bitFlip, thermalRelaxation, qiskitLambdaFromP, type Relaxation } from './channels';
export { confusionMatrix, applyReadoutError, mitigateReadout, type ReadoutError } from './readout';
export { runNoisy, scheduleLayers, NOISELESS, type NoiseModel } from './noisy-run';
export { DEMO_CIRCUITS, withMirrorPairs, type DemoCircuit } from './demo-circuits';
export { HARDWARE_PRESETS, type HardwarePreset } from './hardware-presets';
export { runLab, type LabSettings, type LabResult } from './lab';
