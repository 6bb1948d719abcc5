export interface Gate { name: string; targets: number[]; controls?: number[]; params?: number[] }
export interface Circuit { qubits: number; gates: Gate[] }

/** Layers when each gate waits for the latest of its qubits; `counts` says which gates take a time step. */
function layers(circuit: Circuit, counts: (qubitsOfGate: number[]) => boolean): number {
  const busyUntil = new Array<number>(circuit.qubits).fill(0);
  let deepest = 0;
  for (const gate of circuit.gates) {
    const wires = [...(gate.controls ?? []), ...gate.targets];
    if (!counts(wires)) continue;
    const step = 1 + Math.max(...wires.map((q) => busyUntil[q]!));
    for (const q of wires) busyUntil[q] = step;
    deepest = Math.max(deepest, step);
  }
  return deepest;
}

export function circuitDepth(circuit: Circuit): { depth: number; twoQubitDepth: number } {
  return { depth: layers(circuit, () => true), twoQubitDepth: layers(circuit, (w) => w.length >= 2) };
}
