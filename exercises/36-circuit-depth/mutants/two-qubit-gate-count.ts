// Mistake: the depth is right, but the two-qubit depth counts two-qubit gates instead of their layers.
import type { Circuit } from '../solution/circuit-depth';
import { circuitDepth as right } from '../solution/circuit-depth';
export function circuitDepth(circuit: Circuit) {
  return { depth: right(circuit).depth, twoQubitDepth: circuit.gates.filter((g) => (g.controls?.length ?? 0) + g.targets.length >= 2).length };
}
