// Correct, another way: build the layers themselves (sets of busy qubits); a gate goes into the layer after the last
// one that touches any of its qubits. The depth is the number of layers.
import type { Circuit, Gate } from '../solution/circuit-depth';

function layerCount(gates: Gate[]): number {
  const layers: Set<number>[] = [];
  for (const g of gates) {
    const qs = (g.controls ?? []).concat(g.targets);
    let last = -1;
    layers.forEach((layer, i) => {
      if (qs.some((q) => layer.has(q))) last = i;
    });
    if (last + 1 === layers.length) layers.push(new Set());
    for (const q of qs) layers[last + 1]!.add(q);
  }
  return layers.length;
}

export function circuitDepth(circuit: Circuit) {
  const multi = circuit.gates.filter((g) => (g.controls ?? []).length + g.targets.length > 1);
  return { depth: layerCount(circuit.gates), twoQubitDepth: layerCount(multi) };
}
