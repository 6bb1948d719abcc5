export function swapsToAdjacent(a: number, b: number): number {
  return Math.abs(a - b) - 1;
}

export interface Routing {
  swaps: number;
  swapsPerGate: number[];
  positions: number[];
}

export function routeOnLine(qubits: number, cxs: [number, number][]): Routing {
  const positions = Array.from({ length: qubits }, (_, q) => q);
  const at = positions.slice();
  const swapsPerGate: number[] = [];
  for (const [control, target] of cxs) {
    let count = 0;
    while (Math.abs(positions[control]! - positions[target]!) > 1) {
      const from = positions[control]!;
      const to = from + Math.sign(positions[target]! - from);
      const neighbour = at[to]!;
      [at[from], at[to]] = [neighbour, control];
      positions[neighbour] = from;
      positions[control] = to;
      count++;
    }
    swapsPerGate.push(count);
  }
  return { swaps: swapsPerGate.reduce((a, b) => a + b, 0), swapsPerGate, positions };
}
