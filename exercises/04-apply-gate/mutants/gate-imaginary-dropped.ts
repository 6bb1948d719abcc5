// Mistake: multiplies by the real parts of the gate only (fine for H and X, wrong for S, Y or any phase).
import { applyGate as right, type Gate, type State } from '../solution/apply-gate';
export function applyGate(state: State, gate: Gate, target: number) {
  const real = gate.map((row) => row.map((g) => ({ re: g.re, im: 0 }))) as Gate;
  return right(state, real, target);
}
