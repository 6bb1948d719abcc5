// Correct, another way: no loop of SWAPs. For each CNOT the count is the gap |p_c − p_t| − 1, the control lands beside
// the target, and every qubit strictly between the old and the new place of the control shifts one step toward it.
export function swapsToAdjacent(a: number, b: number): number {
  return Math.max(a, b) - Math.min(a, b) - 1;
}

export function routeOnLine(qubits: number, cxs: [number, number][]) {
  const pos = Array.from({ length: qubits }, (_, q) => q);
  const swapsPerGate = cxs.map(([c, t]) => {
    const from = pos[c]!;
    const gap = swapsToAdjacent(from, pos[t]!);
    if (gap <= 0) return 0;
    const dir = pos[t]! > from ? 1 : -1;
    const to = pos[t]! - dir;
    for (let q = 0; q < qubits; q++) {
      const p = pos[q]!;
      if (q !== c && (p - from) * dir > 0 && (to - p) * dir >= 0) pos[q] = p - dir;
    }
    pos[c] = to;
    return gap;
  });
  return { swaps: swapsPerGate.reduce((a, b) => a + b, 0), swapsPerGate, positions: pos };
}
