import type { Circuit, GateOp, Rng } from '../quantum';

export type LayerKind = 'h-cx' | 'random';

/**
 * One layer of gates on n qubits, the unit the state-space wall times:
 * - 'h-cx': H on every qubit, then a CNOT ladder 0→1, 1→2, …, (n−2)→(n−1);
 * - 'random': RY and RZ with random angles on every qubit, then the same ladder.
 * Every gate touches all 2^n amplitudes, so a layer costs about (gates per layer) · 2^n operations.
 */
export function layerCircuit(n: number, kind: LayerKind, rng: Rng): Circuit {
  const ops: GateOp[] = [];
  for (let q = 0; q < n; q++) {
    if (kind === 'h-cx') ops.push({ gate: 'h', wires: [q] });
    else {
      ops.push({ gate: 'ry', wires: [q], params: [2 * Math.PI * rng()] });
      ops.push({ gate: 'rz', wires: [q], params: [2 * Math.PI * rng()] });
    }
  }
  for (let q = 0; q < n - 1; q++) ops.push({ gate: 'cx', wires: [q, q + 1] });
  return { numQubits: n, ops };
}

export function gatesPerLayer(n: number, kind: LayerKind): number {
  return (kind === 'h-cx' ? n : 2 * n) + Math.max(0, n - 1);
}
