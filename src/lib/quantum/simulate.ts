import { GATES } from './gates';
import { checkState, createZeroState } from './state';
import type { Circuit, GateOp, StateVector } from './types';
import { CircuitError, validateCircuit, validateOp } from './validate';

export interface RunOptions {
  /** Called after each gate with (gates done, total gates); lets a worker report progress on long runs. */
  onProgress?: (done: number, total: number) => void;
  /** Start from this state instead of |0...0>. It is modified in place and returned. */
  initial?: StateVector;
}

/**
 * Applies one gate to `state` in place. Checks the op against the state first (a wire past the last qubit would
 * otherwise silently write NaN into the state), so prefer runCircuit for many gates: it checks once up front.
 */
export function applyGate(state: StateVector, op: GateOp): void {
  checkState(state, 'applyGate');
  const problems = validateOp(op, state.numQubits);
  if (problems.length) throw new CircuitError(problems);
  GATES[op.gate].apply(state, op.wires, op.params ?? []);
}

/** Validates the whole circuit (throws CircuitError listing every problem), then applies each gate's fast kernel. */
export function runCircuit(c: Circuit, opts: RunOptions = {}): StateVector {
  const problems = validateCircuit(c);
  if (problems.length) throw new CircuitError(problems);
  const { initial, onProgress } = opts;
  if (initial) {
    checkState(initial, 'runCircuit (initial state)');
    if (initial.numQubits !== c.numQubits) {
      throw new CircuitError([`the initial state has ${initial.numQubits} qubits but the circuit has ${c.numQubits}.`]);
    }
  }
  const state = initial ?? createZeroState(c.numQubits);
  const total = c.ops.length;
  const noParams: number[] = [];
  for (let k = 0; k < total; k++) {
    const op = c.ops[k]!;
    GATES[op.gate].apply(state, op.wires, op.params ?? noParams);
    onProgress?.(k + 1, total);
  }
  return state;
}
