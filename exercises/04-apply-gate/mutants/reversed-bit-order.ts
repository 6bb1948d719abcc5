// Mistake: counts qubits from the left (qubit 0 as the most significant bit).
import { applyGate as right, type Gate, type State } from '../solution/apply-gate';
export function applyGate(state: State, gate: Gate, target: number) {
  const n = Math.log2(state.re.length);
  return right(state, gate, n - 1 - target);
}
