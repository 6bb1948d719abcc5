/** Clifford circuits for the stabilizer sampler, in the engine's circuit format (qubit 0 = least significant bit). */
import type { Circuit, GateOp, Rng } from '../../quantum';

/** GHZ: H on qubit 0, then a CNOT chain 0→1→2…; measures all 0s or all 1s, each with probability ½. */
export function ghzCircuit(n: number): Circuit {
  const ops: GateOp[] = [{ gate: 'h', wires: [0] }];
  for (let q = 1; q < n; q++) ops.push({ gate: 'cx', wires: [q - 1, q] });
  return { numQubits: n, ops };
}

/** Bell pairs on qubits (0,1), (2,3), …: each pair agrees, pairs are independent (an odd last qubit stays |0⟩). */
export function bellPairsCircuit(n: number): Circuit {
  const ops: GateOp[] = [];
  for (let q = 0; q + 1 < n; q += 2) ops.push({ gate: 'h', wires: [q] }, { gate: 'cx', wires: [q, q + 1] });
  return { numQubits: n, ops };
}

/**
 * Layers of random Clifford gates: in each layer every qubit gets one of H, S or nothing, then CNOTs join random
 * disjoint pairs. Not a uniformly random Clifford (that needs a dedicated algorithm); enough to scramble the state.
 */
export function randomCliffordCircuit(n: number, layers: number, rng: Rng): Circuit {
  const ops: GateOp[] = [];
  const order = Array.from({ length: n }, (_, i) => i);
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < n; q++) {
      const u = rng();
      if (u < 1 / 3) ops.push({ gate: 'h', wires: [q] });
      else if (u < 2 / 3) ops.push({ gate: 's', wires: [q] });
    }
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let i = 0; i + 1 < n; i += 2) ops.push({ gate: 'cx', wires: [order[i]!, order[i + 1]!] });
  }
  return { numQubits: n, ops };
}
