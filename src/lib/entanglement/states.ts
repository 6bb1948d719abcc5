import { runCircuit, type Circuit, type StateVector } from '../quantum';

/**
 * GHZ circuit on n qubits: H on qubit 0, then a CNOT chain 0→1→…→n−1, giving (|0…0⟩ + |1…1⟩)/√2.
 * With n = 2 this is the Bell state (|00⟩ + |11⟩)/√2.
 */
export function ghzCircuit(n: number): Circuit {
  if (!Number.isInteger(n) || n < 2) throw new Error(`ghzCircuit: need at least 2 qubits, got ${n}`);
  const ops: Circuit['ops'] = [{ gate: 'h', wires: [0] }];
  for (let q = 0; q < n - 1; q++) ops.push({ gate: 'cx', wires: [q, q + 1] });
  return { numQubits: n, ops };
}

/** The same circuit followed by H on every qubit: measuring afterwards reads the state in the X basis. */
export function inXBasis(c: Circuit): Circuit {
  const ops = [...c.ops];
  for (let q = 0; q < c.numQubits; q++) ops.push({ gate: 'h', wires: [q] });
  return { numQubits: c.numQubits, ops };
}

export function ghzState(n: number): StateVector {
  return runCircuit(ghzCircuit(n));
}
