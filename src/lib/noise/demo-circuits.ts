/**
 * The circuits the decoherence lab runs. They use only self-inverse gates (H, CX), so "the circuit, then its mirror
 * image" is the identity: repeating that pair k times leaves the ideal result unchanged while the noise keeps adding
 * up, which isolates the effect of depth.
 */
import type { Circuit, GateOp } from '../quantum';

export interface DemoCircuit {
  id: string;
  label: string;
  circuit: Circuit;
}

const ghz = (n: number): Circuit => ({
  numQubits: n,
  ops: [{ gate: 'h', wires: [0] }, ...Array.from({ length: n - 1 }, (_, i): GateOp => ({ gate: 'cx', wires: [i, i + 1] }))],
});

export const DEMO_CIRCUITS: readonly DemoCircuit[] = [
  { id: 'bell', label: 'Bell pair (2 qubits): ideal 00 and 11, half each', circuit: ghz(2) },
  { id: 'ghz3', label: 'GHZ state (3 qubits): ideal 000 and 111', circuit: ghz(3) },
  { id: 'ghz4', label: 'GHZ state (4 qubits): ideal 0000 and 1111', circuit: ghz(4) },
];

const SELF_INVERSE = new Set(['h', 'x', 'y', 'z', 'cx', 'cz', 'swap', 'id']);

/** The circuit followed by `pairs` copies of (its mirror image, the circuit): same ideal output, more gates. */
export function withMirrorPairs(c: Circuit, pairs: number): Circuit {
  if (!c.ops.every((op) => SELF_INVERSE.has(op.gate))) throw new Error('withMirrorPairs needs self-inverse gates only.');
  const mirror = [...c.ops].reverse();
  const ops = [...c.ops];
  for (let k = 0; k < pairs; k++) ops.push(...mirror, ...c.ops);
  return { numQubits: c.numQubits, ops };
}
