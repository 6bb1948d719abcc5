// Correct, another way: keep only the line itself (which qubit is at each position) and bubble the control along it
// with neighbour exchanges; the positions are read off the line at the end.
export const swapsToAdjacent = (a: number, b: number) => (a > b ? a - b : b - a) - 1;

export function routeOnLine(qubits: number, cxs: [number, number][]) {
  const line = [...Array(qubits).keys()];
  const swapsPerGate: number[] = [];
  for (const [c, t] of cxs) {
    let i = line.indexOf(c);
    let n = 0;
    for (let j = line.indexOf(t); Math.abs(i - j) > 1; n++) {
      const k = i < j ? i + 1 : i - 1;
      line[i] = line[k]!;
      line[k] = c;
      i = k;
    }
    swapsPerGate.push(n);
  }
  const positions = new Array<number>(qubits);
  line.forEach((q, p) => (positions[q] = p));
  return { swaps: swapsPerGate.reduce((s, x) => s + x, 0), swapsPerGate, positions };
}
