/**
 * The memory budget. A state of n qubits holds 2^n complex amplitudes as two Float64Arrays: 16 * 2^n bytes.
 * 24 qubits is 256 MiB, which a browser tab on a small laptop can still allocate; 25 would be 512 MiB and many
 * tabs crash before that. Refusing early with a message is better than a dead tab.
 */
export const MAX_QUBITS = 24;
export const BYTES_PER_AMPLITUDE = 16;

export class QubitBudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QubitBudgetError';
  }
}

export function stateBytes(numQubits: number): number {
  return BYTES_PER_AMPLITUDE * 2 ** numQubits;
}

export function formatBytes(bytes: number): string {
  // Past a million EiB the figure means nothing to a reader (and past 2^1024 it is not a number at all).
  if (!Number.isFinite(bytes) || bytes >= 2 ** 80) return 'more than a million EiB';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 100 || u === 0 ? Math.round(v) : v.toPrecision(3)} ${units[u]}`;
}

/** null when n qubits fit the budget, else a message saying why not. */
export function qubitBudgetMessage(numQubits: number): string | null {
  if (!Number.isInteger(numQubits) || numQubits < 1) {
    // The value is echoed only when it is a readable number: never "got NaN" or "got Infinity".
    return `The number of qubits must be a whole number of at least 1${Number.isFinite(numQubits) ? `, not ${numQubits}` : ''}.`;
  }
  if (numQubits <= MAX_QUBITS) return null;
  return `${numQubits} qubits need ${formatBytes(stateBytes(numQubits))} for the state vector (16 bytes per amplitude, 2^${numQubits} amplitudes); this simulator's budget is ${MAX_QUBITS} qubits (${formatBytes(stateBytes(MAX_QUBITS))}).`;
}

export function assertQubitBudget(numQubits: number): void {
  const msg = qubitBudgetMessage(numQubits);
  if (msg) throw new QubitBudgetError(msg);
}
