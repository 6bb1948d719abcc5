/**
 * What a full state vector costs to store: 2^n complex amplitudes, each a pair of 8-byte floats (the engine keeps
 * them in two Float64Arrays, re and im), so 16 · 2^n bytes. Powers of two are exact in doubles up to 2^1023.
 */
export const BYTES_PER_AMPLITUDE = 16;

export function stateVectorBytes(numQubits: number): number {
  if (!Number.isInteger(numQubits) || numQubits < 0) throw new Error(`stateVectorBytes: need a whole number of qubits, got ${numQubits}`);
  return BYTES_PER_AMPLITUDE * 2 ** numQubits;
}

/** Binary units (KiB = 1024 B), as memory sizes are usually quoted: 30 qubits = 16 GiB. */
export function formatBinaryBytes(bytes: number): string {
  return formatWith(bytes, 1024, ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB']);
}

/** Decimal units (kB = 1000 B), as disk and data-centre sizes are quoted: 40 qubits = 17.6 TB, 53 = 144 PB. */
export function formatDecimalBytes(bytes: number): string {
  return formatWith(bytes, 1000, ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB']);
}

function formatWith(bytes: number, step: number, units: string[]): string {
  if (!(bytes >= 0) || !Number.isFinite(bytes)) throw new Error(`format bytes: got ${bytes}`);
  let v = bytes;
  let u = 0;
  while (v >= step && u < units.length - 1) {
    v /= step;
    u++;
  }
  const text = u === 0 ? String(Math.round(v)) : Number(v.toPrecision(3)).toString();
  return `${text} ${units[u]}`;
}
