/**
 * A typed facade over the parts of quantum-circuit the course uses: exporting to other frameworks and drawing.
 * It is loaded by dynamic import only when asked for, because it weighs about 263 KB gzip in a browser bundle.
 */
import type { Circuit, GateName } from '../quantum';

export type ExportFormat = 'qiskit' | 'cirq' | 'quil' | 'qsharp' | 'qasm';

// Our gate names and parameter names as quantum-circuit spells them.
const QC_NAMES: Record<GateName, [string, string[]]> = {
  id: ['id', []], x: ['x', []], y: ['y', []], z: ['z', []], h: ['h', []], s: ['s', []], sdg: ['sdg', []],
  t: ['t', []], tdg: ['tdg', []], sx: ['srn', []], rx: ['rx', ['theta']], ry: ['ry', ['theta']], rz: ['rz', ['phi']],
  p: ['u1', ['lambda']], u3: ['u3', ['theta', 'phi', 'lambda']], cx: ['cx', []], cy: ['cy', []], cz: ['cz', []],
  ch: ['ch', []], swap: ['swap', []], crx: ['crx', ['theta']], cry: ['cry', ['theta']], crz: ['crz', ['phi']],
  cp: ['cu1', ['lambda']], ccx: ['ccx', []],
};

interface QuantumCircuitLike {
  addGate(name: string, column: number, wires: number[], options?: { params: Record<string, number> }): void;
  exportToQiskit(options: object, exportAsGateName?: boolean, circuitReplacement?: unknown, insideSubmodule?: boolean): string;
  exportToCirq(options: object, exportAsGateName?: boolean, circuitReplacement?: unknown, insideSubmodule?: boolean): string;
  exportToQuil(options: object, exportAsGateName?: boolean, circuitReplacement?: unknown, insideSubmodule?: boolean): string;
  exportToQSharp(options: object, exportAsGateName?: boolean, circuitReplacement?: unknown, insideSubmodule?: boolean): string;
  exportToQASM(options: object, exportAsGateName?: boolean, circuitReplacement?: unknown, insideSubmodule?: boolean): string;
  exportSVG(embedded: boolean, options?: object): string;
}

async function build(c: Circuit): Promise<QuantumCircuitLike> {
  const mod = (await import('quantum-circuit')) as unknown as { default: new (n: number) => QuantumCircuitLike };
  const qc = new mod.default(c.numQubits);
  c.ops.forEach((op, column) => {
    const [name, pnames] = QC_NAMES[op.gate];
    const options = pnames.length ? { params: Object.fromEntries(pnames.map((k, i) => [k, op.params?.[i] ?? 0])) } : undefined;
    qc.addGate(name, column, op.wires, options);
  });
  return qc;
}

export async function exportWith(c: Circuit, format: ExportFormat): Promise<string> {
  const qc = await build(c);
  const opts = { comment: '' };
  switch (format) {
    case 'qiskit': return qc.exportToQiskit(opts, false, null, false);
    case 'cirq': return qc.exportToCirq(opts, false, null, false);
    case 'quil': return qc.exportToQuil(opts, false, null, false);
    case 'qsharp': return qc.exportToQSharp(opts, false, null, false);
    case 'qasm': return qc.exportToQASM(opts, false, null, false);
  }
}

/** A standalone SVG drawing of the circuit (a plain string: safe to build at build time, in Node). */
export async function circuitSvg(c: Circuit): Promise<string> {
  return (await build(c)).exportSVG(true, {});
}
