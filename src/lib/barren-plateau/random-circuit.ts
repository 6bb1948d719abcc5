/**
 * The random "hardware-efficient" circuits of McClean et al. (2018): a fixed RY(π/4) on every qubit, then layers
 * of one rotation per qubit about a randomly chosen axis (X, Y or Z) with a random angle, each layer followed by a
 * ladder of CZ gates between neighbours. Deep enough, such circuits behave like random unitaries, which is what
 * flattens the landscape.
 */
import type { Circuit, GateOp, Rng } from '../quantum';

export interface ParamCircuit {
  circuit: Circuit;
  /** opIndex[k] is the position in circuit.ops of the k-th trainable rotation (θ_1 is k = 0). */
  opIndex: number[];
}

const AXES = ['rx', 'ry', 'rz'] as const;

export function randomHardwareEfficient(numQubits: number, layers: number, rng: Rng): ParamCircuit {
  if (!Number.isInteger(numQubits) || numQubits < 2) throw new Error(`need at least 2 qubits, got ${numQubits}`);
  if (!Number.isInteger(layers) || layers < 1) throw new Error(`need at least 1 layer, got ${layers}`);
  const ops: GateOp[] = [];
  const opIndex: number[] = [];
  for (let q = 0; q < numQubits; q++) ops.push({ gate: 'ry', wires: [q], params: [Math.PI / 4] });
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < numQubits; q++) {
      const axis = AXES[Math.min(2, Math.floor(rng() * 3))]!;
      opIndex.push(ops.length);
      ops.push({ gate: axis, wires: [q], params: [2 * Math.PI * rng()] });
    }
    for (let q = 0; q + 1 < numQubits; q++) ops.push({ gate: 'cz', wires: [q, q + 1] });
  }
  return { circuit: { numQubits, ops }, opIndex };
}

/** Layers used for n qubits in the island: grows with n so the circuit stays "deep" at every size. */
export function layersFor(numQubits: number, perQubit: number): number {
  return Math.max(1, Math.round(perQubit * numQubits));
}
