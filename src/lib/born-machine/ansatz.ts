/**
 * The circuit of Liu & Wang's quantum circuit Born machine (2018, arXiv:1804.04168): d + 1 layers of single-qubit
 * rotations U = Rz·Rx·Rz with d entangling layers of CNOTs between them, starting from |0…0⟩.
 *
 * Two Rz gates per qubit do nothing to the output distribution and are dropped: the first one (Rz on |0⟩ only adds a
 * phase) and the last one (Rz right before a computational-basis measurement only changes phases). That leaves
 * 2n + 3n(d − 1) + 2n = (3d + 1)·n angles for d ≥ 1, and for d = 0 a single Rx per qubit (n angles, the same formula):
 * a product state, i.e. the "independent pixels" model of lesson 03.
 *
 * Applied order: layer 0 = Rx then Rz on every qubit; then d times: the entangler, followed by Rz, Rx, Rz (middle
 * layers) or Rz, Rx (last layer) on every qubit.
 */
import type { Circuit, GateOp } from '../quantum';

/** One gate of the compiled circuit: a trainable rotation (param = its angle's index) or a CNOT. */
export type AnsatzOp =
  | { kind: 'rx' | 'rz'; qubit: number; param: number }
  | { kind: 'cx'; control: number; target: number };

export interface Ansatz {
  numQubits: number;
  depth: number;
  /** CNOTs of one entangling layer, [control, target], applied in this order. */
  entangler: ReadonlyArray<readonly [number, number]>;
  ops: AnsatzOp[];
  numParams: number;
}

/** (3d + 1)·n, the parameter count Liu & Wang give (279 for n = 9, d = 10). */
export function parameterCount(numQubits: number, depth: number): number {
  return (3 * depth + 1) * numQubits;
}

export function buildAnsatz(numQubits: number, depth: number, entangler: ReadonlyArray<readonly [number, number]>): Ansatz {
  if (!Number.isInteger(numQubits) || numQubits < 1) throw new Error(`buildAnsatz: numQubits must be a whole number ≥ 1, got ${numQubits}`);
  if (!Number.isInteger(depth) || depth < 0) throw new Error(`buildAnsatz: depth must be a whole number ≥ 0, got ${depth}`);
  for (const [c, t] of entangler) {
    if (c === t || c < 0 || t < 0 || c >= numQubits || t >= numQubits || !Number.isInteger(c) || !Number.isInteger(t)) {
      throw new Error(`buildAnsatz: bad CNOT [${c}, ${t}] for ${numQubits} qubits`);
    }
  }
  const ops: AnsatzOp[] = [];
  let param = 0;
  const rot = (kind: 'rx' | 'rz', qubit: number) => ops.push({ kind, qubit, param: param++ });
  for (let layer = 0; layer <= depth; layer++) {
    if (layer > 0) for (const [control, target] of entangler) ops.push({ kind: 'cx', control, target });
    const first = layer === 0;
    const last = layer === depth;
    for (let q = 0; q < numQubits; q++) {
      if (!first) rot('rz', q);
      rot('rx', q);
      if (!last) rot('rz', q);
    }
  }
  return { numQubits, depth, entangler: entangler.map(([c, t]) => [c, t] as const), ops, numParams: param };
}

/** The same circuit in the engine's format, with the given angles (for the engine, QASM export and tests). */
export function toCircuit(a: Ansatz, theta: ArrayLike<number>): Circuit {
  if (theta.length !== a.numParams) throw new Error(`toCircuit: expected ${a.numParams} angles, got ${theta.length}`);
  const ops: GateOp[] = a.ops.map((op) =>
    op.kind === 'cx' ? { gate: 'cx', wires: [op.control, op.target] } : { gate: op.kind, wires: [op.qubit], params: [theta[op.param]!] },
  );
  return { numQubits: a.numQubits, ops };
}
