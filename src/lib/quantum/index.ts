/** The simulation engine's public face. Conventions are documented in ./types.ts (qubit 0 = least significant bit). */
export * from './types';
export { createRng } from './rng';
export { indexToBitstring, bitstringToIndex } from './bitstring';
export { MAX_QUBITS, QubitBudgetError, qubitBudgetMessage, assertQubitBudget, stateBytes, formatBytes } from './budget';
export type { ComplexMatrix } from './complex-matrix';
export { GATES, type GateSpec } from './gates';
export { createZeroState, cloneState, norm, stateFromAmplitudes } from './state';
export { CircuitError, validateCircuit, validateOp, isGateName } from './validate';
export { runCircuit, applyGate, type RunOptions } from './simulate';
export { probabilities, createSampler, sampleIndices, sampleCounts, measureQubits, MAX_SHOTS } from './measure';
export { expectationPauli } from './pauli';
export { bitDistribution, sampleBits, dynamicCost, checkDynamicCircuit, MAX_BITS, MAX_BRANCHES, type DynamicCircuit, type DynamicStep, type BitCondition, type BitOutcome } from './dynamic';
export { walshHadamardInPlace, popcount } from './walsh-hadamard';
export { fuseCircuit, applyFused, runFused, FUSE_MIN_QUBITS, type FusedProgram, type FusedStep, type FuseOptions } from './fuse';
