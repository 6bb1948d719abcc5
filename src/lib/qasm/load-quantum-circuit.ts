/**
 * The one place that imports quantum-circuit, always dynamically: it weighs about 263 KB gzip (mathjs, antlr4) and
 * cannot be tree-shaken, so a page pays for it only when a learner imports, exports or draws with it — never to
 * simulate. Its @types are nearly all `any`; this interface names only the members the course uses.
 */

/** One syntax error as quantum-circuit's ANTLR parser reports it (line from 1, column from 0). */
export interface QcSyntaxError {
  line: number;
  col: number;
  msg: string;
}

export interface QuantumCircuitLike {
  numQubits: number;
  addGate(name: string, column: number, wires: number | number[], options?: { params?: Record<string, number | string> }): void;
  /** Without the callback, syntax errors are silently ignored: always pass it. */
  importQASM(input: string, errorCallback: (errors: QcSyntaxError[]) => void): void;
  exportToQiskit(options: object, exportAsGateName: boolean, circuitReplacement: unknown, insideSubmodule: boolean): string;
  exportToCirq(options: object, exportAsGateName: boolean, circuitReplacement: unknown, insideSubmodule: boolean): string;
  exportToQuil(options: object, exportAsGateName: boolean, circuitReplacement: unknown, insideSubmodule: boolean): string;
  exportToQSharp(options: object, exportAsGateName: boolean, circuitReplacement: unknown, insideSubmodule: boolean): string;
  exportSVG(embedded: boolean, options?: object): string;
}

export type QuantumCircuitConstructor = new (numQubits?: number) => QuantumCircuitLike;

let loading: Promise<QuantumCircuitConstructor> | null = null;

export function loadQuantumCircuit(): Promise<QuantumCircuitConstructor> {
  loading ??= import('quantum-circuit').then((mod) => {
    // CommonJS module: the constructor is the default export, sometimes wrapped once more by the bundler's interop.
    const m = mod as unknown as { default?: unknown };
    const ctor = (typeof m.default === 'function' ? m.default : (m.default as { default?: unknown } | undefined)?.default ?? mod) as unknown;
    if (typeof ctor !== 'function') throw new Error('quantum-circuit did not load as expected');
    return ctor as QuantumCircuitConstructor;
  });
  // A failed load (offline, say) must not stick: let the next call try again.
  loading.catch(() => (loading = null));
  return loading;
}
