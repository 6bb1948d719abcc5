// Mistake: counts gates instead of layers, as if no two gates ever ran at the same time.
import type { Circuit } from '../solution/circuit-depth';
export function circuitDepth(circuit: Circuit) {
  return { depth: circuit.gates.length, twoQubitDepth: circuit.gates.filter((g) => (g.controls?.length ?? 0) + g.targets.length >= 2).length };
}
