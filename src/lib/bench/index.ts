export { medianMs, formatMs } from './timing';
export { benchCircuit, measureCircuits, measureBandwidth, measureSampling, measureBornGradient, type CircuitRow, type BandwidthRow, type SamplingRow, type GradientRow, type OtherSimulator } from './suite';
export { measureVariants, type Variant, type VariantRow, type VariantRunners } from './variants';
export { quantumCircuitRunner } from './quantum-circuit-runner';
