// Correct, another way: each gate remembers the previous gate on each of its qubits; a gate's layer is one more than
// the deepest of those predecessors, found by memoised recursion.
import type { Circuit } from '../solution/circuit-depth';

function depthOf(circuit: Circuit, countsAsLayer: (width: number) => boolean): number {
  const gates = circuit.gates.filter((g) => countsAsLayer((g.controls?.length ?? 0) + g.targets.length));
  const lastOn = new Map<number, number>();
  const preds: number[][] = [];
  gates.forEach((g, i) => {
    const qs = [...(g.controls ?? []), ...g.targets];
    preds.push(qs.map((q) => lastOn.get(q)).filter((p): p is number => p !== undefined));
    for (const q of qs) lastOn.set(q, i);
  });
  const memo = new Map<number, number>();
  const level = (i: number): number => {
    if (!memo.has(i)) memo.set(i, 1 + Math.max(0, ...preds[i]!.map(level)));
    return memo.get(i)!;
  };
  return gates.reduce((best, _g, i) => Math.max(best, level(i)), 0);
}

export function circuitDepth(circuit: Circuit) {
  return { depth: depthOf(circuit, () => true), twoQubitDepth: depthOf(circuit, (w) => w >= 2) };
}
