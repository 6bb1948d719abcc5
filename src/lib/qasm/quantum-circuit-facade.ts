/**
 * Export to other frameworks and SVG drawing, through quantum-circuit (loaded on first use, see load-quantum-circuit).
 * Our own OpenQASM writer is toQasm in ./write: it needs no library and is deterministic.
 */
import { validateCircuit, type Circuit, type GateName } from '../quantum';
import { loadQuantumCircuit, type QuantumCircuitLike } from './load-quantum-circuit';

export type ExportFormat = 'qiskit' | 'cirq' | 'quil' | 'qsharp';

/** Our gate names as quantum-circuit spells them, with its parameter names in our order. */
const QC_NAMES: Record<GateName, readonly [string, readonly string[]]> = {
  id: ['id', []], x: ['x', []], y: ['y', []], z: ['z', []], h: ['h', []], s: ['s', []], sdg: ['sdg', []],
  t: ['t', []], tdg: ['tdg', []], sx: ['srn', []], rx: ['rx', ['theta']], ry: ['ry', ['theta']], rz: ['rz', ['phi']],
  p: ['u1', ['lambda']], u3: ['u3', ['theta', 'phi', 'lambda']], cx: ['cx', []], cy: ['cy', []], cz: ['cz', []],
  ch: ['ch', []], swap: ['swap', []], crx: ['crx', ['theta']], cry: ['cry', ['theta']], crz: ['crz', ['phi']],
  cp: ['cu1', ['lambda']], ccx: ['ccx', []],
};

/** A quantum-circuit object holding the same gates in the same order (one column per gate keeps the order exact). */
export async function toQuantumCircuit(c: Circuit): Promise<QuantumCircuitLike> {
  const problems = validateCircuit(c);
  if (problems.length) throw new Error(`Cannot convert an invalid circuit: ${problems[0]}`);
  const QuantumCircuit = await loadQuantumCircuit();
  const qc = new QuantumCircuit(c.numQubits);
  c.ops.forEach((op, column) => {
    const [name, paramNames] = QC_NAMES[op.gate];
    const params = Object.fromEntries(paramNames.map((k, i) => [k, op.params?.[i] ?? 0]));
    qc.addGate(name, column, op.wires, paramNames.length ? { params } : undefined);
  });
  return qc;
}

/** Source code for another framework (Qiskit, Cirq, Quil, Q#) that builds the same circuit. */
export async function exportWith(c: Circuit, format: ExportFormat): Promise<string> {
  const qc = await toQuantumCircuit(c);
  const opts = { comment: '' };
  switch (format) {
    case 'qiskit': return qc.exportToQiskit(opts, false, null, false);
    case 'cirq': return qc.exportToCirq(opts, false, null, false);
    case 'quil': return qc.exportToQuil(opts, false, null, false);
    case 'qsharp': return qc.exportToQSharp(opts, false, null, false);
  }
}

/**
 * A standalone SVG drawing of the circuit, as a string. Safe to build in Node at build time (no JavaScript shipped);
 * in the browser, insert it only for circuits the course wrote or one validated above (gate names are ours, so no
 * learner text reaches the markup).
 */
export async function circuitSvg(c: Circuit): Promise<string> {
  return (await toQuantumCircuit(c)).exportSVG(true, {});
}
