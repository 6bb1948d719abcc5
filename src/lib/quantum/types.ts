/**
 * Shared vocabulary of the simulation engine. This module imports nothing, so every other layer may depend on it.
 *
 * Qubit order (one convention everywhere in the course, as in quantum-circuit and Qiskit):
 * qubit q is bit q of a basis index, so qubit 0 is the least significant bit; in a bitstring, qubit 0 is the
 * rightmost character. Example with 3 qubits: X on qubit 0 gives index 1, written "001".
 */

/** Every gate the engine knows, by its OpenQASM 2 / quantum-circuit name. */
export const GATE_NAMES = [
  'id', 'x', 'y', 'z', 'h', 's', 'sdg', 't', 'tdg', 'sx',
  'rx', 'ry', 'rz', 'u3', 'p',
  'cx', 'cy', 'cz', 'ch', 'swap', 'crx', 'cry', 'crz', 'cp',
  'ccx',
] as const;

export type GateName = (typeof GATE_NAMES)[number];

/** One gate application: the gate, the wires it acts on (controls first, then targets), and its angles in radians. */
export interface GateOp {
  gate: GateName;
  wires: number[];
  params?: number[];
}

/** A circuit: how many qubits it has and the gates, in the order they are applied. */
export interface Circuit {
  numQubits: number;
  ops: GateOp[];
}

/** A pure state of n qubits: amplitude k is re[k] + i·im[k], with k's bit q belonging to qubit q. */
export interface StateVector {
  numQubits: number;
  re: Float64Array;
  im: Float64Array;
}

/** A seeded source of uniform numbers in [0, 1). */
export type Rng = () => number;
