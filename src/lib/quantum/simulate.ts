import { GATES } from './gates';
import { createZeroState } from './state';
import type { Circuit, GateOp, StateVector } from './types';
import { CircuitError, validateCircuit } from './validate';

export interface RunOptions {
  /** Called after each gate; lets a worker report progress on long runs. */
  onProgress?: (done: number, total: number) => void;
  /** Start from this state (it is modified in place) instead of |0...0>. */
  initial?: StateVector;
}

/** Applies one gate in place. Does not validate: runCircuit does that once for the whole circuit. */
export function applyGate(state: StateVector, op: GateOp): void {
  GATES[op.gate].apply(state, op.wires, op.params ?? []);
}

/** Validates the circuit (throws CircuitError listing every problem), then simulates it from |0...0>. */
export function runCircuit(c: Circuit, opts: RunOptions = {}): StateVector {
  const problems = validateCircuit(c);
  if (problems.length) throw new CircuitError(problems);
  if (opts.initial && opts.initial.numQubits !== c.numQubits) {
    throw new CircuitError([`initial state has ${opts.initial.numQubits} qubits but the circuit has ${c.numQubits}`]);
  }
  const state = opts.initial ?? createZeroState(c.numQubits);
  const total = c.ops.length;
  c.ops.forEach((op, k) => {
    applyGate(state, op);
    opts.onProgress?.(k + 1, total);
  });
  return state;
}
