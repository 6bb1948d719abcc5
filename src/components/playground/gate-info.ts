import { GATES, type GateName, type GateOp } from '../../lib/quantum';
import { formatAngle } from '../../lib/qasm/angle';

/** One line per gate for the palette's tooltips and screen-reader labels. */
export const GATE_INFO: Record<GateName, string> = {
  id: 'identity (does nothing)', x: 'Pauli X (bit flip)', y: 'Pauli Y', z: 'Pauli Z (phase flip)', h: 'Hadamard',
  s: 'S (quarter turn of phase)', sdg: 'S dagger', t: 'T (eighth turn of phase)', tdg: 'T dagger', sx: 'square root of X',
  rx: 'rotation about X', ry: 'rotation about Y', rz: 'rotation about Z', u3: 'general single-qubit gate U3(θ, φ, λ)',
  p: 'phase shift', cx: 'controlled X (CNOT)', cy: 'controlled Y', cz: 'controlled Z', ch: 'controlled Hadamard',
  swap: 'swap two qubits', crx: 'controlled RX', cry: 'controlled RY', crz: 'controlled RZ', cp: 'controlled phase',
  ccx: 'Toffoli (two controls, X on the target)',
};

/** Short label drawn in a gate box: the target part of a controlled gate, daggers as †. */
export function boxLabel(gate: GateName): string {
  const base = gate === 'ccx' ? 'x' : gate.length > 1 && gate.startsWith('c') && gate !== 'cp' ? gate.slice(1) : gate === 'cp' ? 'p' : gate;
  return base.toUpperCase().replace(/DG$/, '†').replace(/^SX$/, '√X');
}

export function paramNames(gate: GateName): string[] {
  if (gate === 'u3') return ['θ', 'φ', 'λ'];
  return GATES[gate].params ? ['angle'] : [];
}

/** The role of each wire of a gate, in order (controls first, then the target). */
export function wireRoles(gate: GateName): string[] {
  const n = GATES[gate].qubits;
  if (gate === 'swap') return ['First qubit', 'Second qubit'];
  if (n === 1) return ['Qubit'];
  if (n === 2) return ['Control qubit', 'Target qubit'];
  return [...Array.from({ length: n - 1 }, (_, i) => `Control ${i + 1}`), 'Target qubit'];
}

/** A gate in words, for lists, labels and announcements: "rz(pi/4) on q1", "cx on q0, q1". */
export function describeOp(op: GateOp): string {
  const params = op.params?.length ? `(${op.params.map(formatAngle).join(', ')})` : '';
  return `${op.gate}${params} on ${op.wires.map((w) => `q${w}`).join(', ')}`;
}
