/**
 * A circuit as a Python program that runs as written on current Qiskit (2.x) and Cirq (1.x) and prints counts in the
 * course's order (qubit 0 the rightmost character). Written here rather than by quantum-circuit's exporters, which
 * target an older Qiskit (execute, Aer) and emit no measurement, so their programs fail on today's releases with
 * "No counts for experiment" and "Circuit has no measurements to sample".
 *
 * Qiskit: QuantumCircuit.measure_all() adds a register named "meas" whose bit k is qubit k, and
 * StatevectorSampler(seed=…).run([qc], shots=…).result()[0].data.meas.get_counts() gives bitstrings with bit 0
 * rightmost, the course's order. Cirq: Result.histogram folds a key's bits big-endian (the first qubit measured is the
 * most significant bit), so the qubits are measured in reverse, q[n−1] first, which puts q[0] rightmost again.
 */
import type { Circuit, GateOp } from '../quantum';

/** A float as Python reads it back exactly (JavaScript's shortest round-trip form is valid Python). */
const num = (x: number) => (Number.isInteger(x) ? `${x}.0` : String(x));

function qiskitLine(op: GateOp): string {
  const w = op.wires;
  const p = (op.params ?? []).map(num);
  switch (op.gate) {
    case 'id': return `qc.id(${w[0]})`;
    case 'u3': return `qc.u(${p[0]}, ${p[1]}, ${p[2]}, ${w[0]})`;
    default: return `qc.${op.gate}(${[...p, ...w].join(', ')})`;
  }
}

const CIRQ_FIXED: Partial<Record<GateOp['gate'], string>> = {
  id: 'cirq.I', x: 'cirq.X', y: 'cirq.Y', z: 'cirq.Z', h: 'cirq.H', s: 'cirq.S', sdg: 'cirq.S**-1', t: 'cirq.T',
  tdg: 'cirq.T**-1', sx: 'cirq.X**0.5', cx: 'cirq.CNOT', cz: 'cirq.CZ', swap: 'cirq.SWAP', ccx: 'cirq.CCX',
  cy: 'cirq.Y.controlled()', ch: 'cirq.H.controlled()',
};

function cirqLines(op: GateOp): string[] {
  const q = op.wires.map((w) => `q[${w}]`).join(', ');
  const p = (op.params ?? []).map(num);
  const fixed = CIRQ_FIXED[op.gate];
  if (fixed) return [`${fixed}(${q}),`];
  switch (op.gate) {
    case 'rx': case 'ry': case 'rz': return [`cirq.${op.gate}(${p[0]})(${q}),`];
    case 'crx': case 'cry': case 'crz': return [`cirq.${op.gate.slice(1)}(${p[0]}).controlled()(${q}),`];
    // P(λ) = diag(1, e^{iλ}) is Z**(λ/π) exactly; CP(λ) likewise CZ**(λ/π).
    case 'p': return [`cirq.Z**(${p[0]} / np.pi)(${q}),`];
    case 'cp': return [`cirq.CZ**(${p[0]} / np.pi)(${q}),`];
    // U3(θ, φ, λ) = Rz(φ)·Ry(θ)·Rz(λ) up to a global phase, which no measurement sees: applied right to left.
    case 'u3': return [`cirq.rz(${p[2]})(${q}),`, `cirq.ry(${p[0]})(${q}),`, `cirq.rz(${p[1]})(${q}),`];
    default: throw new Error(`No Cirq form for gate ${op.gate}`);
  }
}

/** A Qiskit 2.x program for the circuit that samples `shots` times and prints the counts. */
export function toQiskitProgram(c: Circuit, shots = 1000, seed = 7): string {
  return [
    '# Runs on Qiskit 2.x: pip install qiskit',
    'from qiskit import QuantumCircuit',
    'from qiskit.primitives import StatevectorSampler',
    '',
    `qc = QuantumCircuit(${c.numQubits})`,
    ...c.ops.map(qiskitLine),
    '# Measure every qubit into the register "meas": bit k is qubit k, so qubit 0 is the rightmost character.',
    'qc.measure_all()',
    '',
    `result = StatevectorSampler(seed=${seed}).run([qc], shots=${shots}).result()`,
    'print(result[0].data.meas.get_counts())',
    '',
  ].join('\n');
}

/** A Cirq 1.x program for the circuit that samples `shots` times and prints counts keyed like the course's. */
export function toCirqProgram(c: Circuit, shots = 1000, seed = 7): string {
  const n = c.numQubits;
  return [
    '# Runs on Cirq 1.x: pip install cirq',
    'import cirq',
    'import numpy as np',
    '',
    `q = cirq.LineQubit.range(${n})`,
    'circuit = cirq.Circuit(',
    ...c.ops.flatMap(cirqLines).map((l) => `    ${l}`),
    '    # Measured from q[n-1] down to q[0]: Cirq reads the first measured qubit as the most significant bit,',
    '    # so q[0] comes out as the rightmost character, as in Qiskit and this course.',
    "    cirq.measure(*reversed(q), key='m'),",
    ')',
    '',
    `result = cirq.Simulator(seed=${seed}).run(circuit, repetitions=${shots})`,
    `counts = {format(k, '0${n}b'): v for k, v in sorted(result.histogram(key='m').items())}`,
    'print(counts)',
    '',
  ].join('\n');
}
