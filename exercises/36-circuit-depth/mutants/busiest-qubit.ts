// Mistake: takes the depth as the number of gates on the busiest qubit, missing chains that pass from qubit to qubit.
import type { Circuit } from '../solution/circuit-depth';
export function circuitDepth(circuit: Circuit) {
  const per = (keep: (n: number) => boolean) => {
    const count = new Array<number>(circuit.qubits).fill(0);
    for (const g of circuit.gates) {
      const w = [...(g.controls ?? []), ...g.targets];
      if (keep(w.length)) for (const q of w) count[q]!++;
    }
    return Math.max(0, ...count);
  };
  return { depth: per(() => true), twoQubitDepth: per((n) => n >= 2) };
}
