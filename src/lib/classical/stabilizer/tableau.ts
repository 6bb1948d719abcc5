/**
 * The stabilizer tableau of Aaronson & Gottesman ("Improved simulation of stabilizer circuits", PRA 70, 052328,
 * 2004, the algorithm of their program CHP). An n-qubit stabilizer state is stored as 2n Pauli operators plus a
 * scratch row: rows 0…n−1 are destabilizers, rows n…2n−1 the stabilizer generators. Row i is
 * (−1)^{r_i} · Π_j X_j^{x_ij} Z_j^{z_ij} (with X·Z read as −iY where both bits are set, as in the paper).
 * Memory is (2n+1)·2n bits, about 1 MB for a thousand qubits, against 16·2ⁿ bytes for a state vector.
 *
 * Bits are packed 32 to a word, so a row operation touches n/32 words. Qubit q is bit q of a measured outcome
 * index (qubit 0 = least significant bit = rightmost character of a bitstring), as in the course's engine.
 */

export interface Tableau {
  readonly numQubits: number;
  /** Words per row: ceil(n / 32). */
  readonly words: number;
  /** x bits, row-major: row i occupies [i·words, (i+1)·words). Rows 0…2n (the last is scratch). */
  readonly x: Uint32Array;
  readonly z: Uint32Array;
  /** Phase bits r_i (1 means a minus sign). */
  readonly r: Uint8Array;
}

/** The largest register the islands ask for; the tableau itself has no limit but memory (n² bits). */
export const STABILIZER_MAX_QUBITS = 5000;

/** |0…0⟩: destabilizer i = X_i, stabilizer i = Z_i. */
export function createTableau(n: number): Tableau {
  if (!Number.isInteger(n) || n < 1 || n > STABILIZER_MAX_QUBITS) {
    throw new Error(`stabilizer: the number of qubits must be a whole number from 1 to ${STABILIZER_MAX_QUBITS}, got ${n}`);
  }
  const words = Math.ceil(n / 32);
  const rows = 2 * n + 1;
  const t: Tableau = { numQubits: n, words, x: new Uint32Array(rows * words), z: new Uint32Array(rows * words), r: new Uint8Array(rows) };
  for (let i = 0; i < n; i++) {
    t.x[i * words + (i >>> 5)] = (1 << (i & 31)) >>> 0;
    t.z[(n + i) * words + (i >>> 5)] = (1 << (i & 31)) >>> 0;
  }
  return t;
}

export function cloneTableau(t: Tableau): Tableau {
  return { numQubits: t.numQubits, words: t.words, x: t.x.slice(), z: t.z.slice(), r: t.r.slice() };
}

function checkQubit(t: Tableau, q: number, gate: string): void {
  if (!Number.isInteger(q) || q < 0 || q >= t.numQubits) throw new Error(`stabilizer: ${gate} on qubit ${q}, but the register has qubits 0 to ${t.numQubits - 1}`);
}

/** Hadamard on qubit a: X ↔ Z in every row, and r ^= x·z (Y → −Y). */
export function hadamard(t: Tableau, a: number): void {
  checkQubit(t, a, 'H');
  const { words, x, z, r } = t;
  const w = a >>> 5, m = (1 << (a & 31)) >>> 0;
  for (let i = 0, rows = 2 * t.numQubits; i < rows; i++) {
    const k = i * words + w;
    const xb = x[k]! & m, zb = z[k]! & m;
    if (xb && zb) r[i]! ^= 1;
    x[k] = (x[k]! & ~m) | zb;
    z[k] = (z[k]! & ~m) | xb;
  }
}

/** Phase gate S on qubit a: X → Y, r ^= x·z, then z ^= x. */
export function phase(t: Tableau, a: number): void {
  checkQubit(t, a, 'S');
  const { words, x, z, r } = t;
  const w = a >>> 5, m = (1 << (a & 31)) >>> 0;
  for (let i = 0, rows = 2 * t.numQubits; i < rows; i++) {
    const k = i * words + w;
    const xb = x[k]! & m;
    if (xb && z[k]! & m) r[i]! ^= 1;
    z[k] = z[k]! ^ xb;
  }
}

/** CNOT with control a and target b: r ^= x_a z_b (x_b ⊕ z_a ⊕ 1); x_b ^= x_a; z_a ^= z_b. */
export function cnot(t: Tableau, a: number, b: number): void {
  checkQubit(t, a, 'CX');
  checkQubit(t, b, 'CX');
  if (a === b) throw new Error(`stabilizer: CX needs two different qubits, got ${a} twice`);
  const { words, x, z, r } = t;
  const wa = a >>> 5, ma = (1 << (a & 31)) >>> 0, wb = b >>> 5, mb = (1 << (b & 31)) >>> 0;
  for (let i = 0, rows = 2 * t.numQubits; i < rows; i++) {
    const o = i * words;
    const xa = (x[o + wa]! & ma) !== 0, za = (z[o + wa]! & ma) !== 0;
    const xb = (x[o + wb]! & mb) !== 0, zb = (z[o + wb]! & mb) !== 0;
    if (xa && zb && xb === za) r[i]! ^= 1;
    if (xa) x[o + wb] = x[o + wb]! ^ mb;
    if (zb) z[o + wa] = z[o + wa]! ^ ma;
  }
}

// The other Clifford gates of the engine, composed from H, S and CX (global phases do not matter for a state).
/** Z = S². */
export function pauliZ(t: Tableau, a: number): void {
  phase(t, a);
  phase(t, a);
}
/** S† = S³. */
export function phaseDagger(t: Tableau, a: number): void {
  pauliZ(t, a);
  phase(t, a);
}
/** X = H Z H. */
export function pauliX(t: Tableau, a: number): void {
  hadamard(t, a);
  pauliZ(t, a);
  hadamard(t, a);
}
/** Y = i·X·Z: X after Z, up to a global phase. */
export function pauliY(t: Tableau, a: number): void {
  pauliZ(t, a);
  pauliX(t, a);
}
/** CZ = (I ⊗ H) CX (I ⊗ H). */
export function controlledZ(t: Tableau, a: number, b: number): void {
  hadamard(t, b);
  cnot(t, a, b);
  hadamard(t, b);
}
