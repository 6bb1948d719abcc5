// Mistake: reads the matrix by columns (g01 and g10 swapped), which goes unseen for symmetric gates like H and X.
import { applyGate as right, type Gate, type State } from '../solution/apply-gate';
export function applyGate(state: State, gate: Gate, target: number) {
  const t = [[gate[0][0], gate[1][0]], [gate[0][1], gate[1][1]]] as Gate;
  return right(state, t, target);
}
