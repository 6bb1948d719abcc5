/**
 * What a circuit asks of hardware: how many one-, two- and three-qubit gates, how deep it is once gates on separate
 * qubits run side by side, and which pairs of qubits must interact (a device whose qubits are not wired that way
 * needs extra SWAP gates). A Toffoli (ccx) is counted through its standard decomposition into 6 CNOTs and 9 one-qubit
 * gates (the ccx definition in OpenQASM 2's qelib1.inc), since no listed machine runs it natively.
 */
import type { Circuit } from '../quantum';
import type { GateCounts } from './fidelity-budget';

export interface CircuitProfile {
  oneQubit: number;
  twoQubit: number;
  threeQubit: number;
  /** layers when each gate starts as soon as its qubits are free */
  depth: number;
  /** distinct qubit pairs that share a multi-qubit gate, as "a-b" with a < b */
  pairs: string[];
  /** the most partners any one qubit has */
  maxPartners: number;
  /** the counts fed to the fidelity estimate, with Toffolis decomposed */
  counts: GateCounts;
}

export function profileCircuit(c: Circuit): CircuitProfile {
  let oneQubit = 0;
  let twoQubit = 0;
  let threeQubit = 0;
  const free = new Array<number>(c.numQubits).fill(0);
  const pairs = new Set<string>();
  for (const op of c.ops) {
    if (op.wires.length === 1) oneQubit++;
    else if (op.wires.length === 2) twoQubit++;
    else threeQubit++;
    const at = Math.max(...op.wires.map((w) => free[w]!));
    for (const w of op.wires) free[w] = at + 1;
    for (let i = 0; i < op.wires.length; i++)
      for (let j = i + 1; j < op.wires.length; j++) {
        const [a, b] = [op.wires[i]!, op.wires[j]!].sort((x, y) => x - y);
        pairs.add(`${a}-${b}`);
      }
  }
  const partners = new Array<number>(c.numQubits).fill(0);
  for (const p of pairs) for (const q of p.split('-')) partners[Number(q)]!++;
  return {
    oneQubit, twoQubit, threeQubit,
    depth: Math.max(0, ...free),
    pairs: [...pairs].sort(),
    maxPartners: Math.max(0, ...partners),
    counts: { oneQubit: oneQubit + 9 * threeQubit, twoQubit: twoQubit + 6 * threeQubit, measured: c.numQubits },
  };
}
