export { medianMs, formatMs } from './timing';
export { benchCircuit, measureCircuits, measureBandwidth, measureSampling, measureBornGradient, type CircuitRow, type BandwidthRow, type SamplingRow, type GradientRow, type OtherSimulator } from './suite';
export { quantumCircuitRunner } from './quantum-circuit-runner';
