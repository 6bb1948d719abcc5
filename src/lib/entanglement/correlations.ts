/**
 * Correlation summaries of sampled outcomes. Index convention: bit q is qubit q (qubit 0 rightmost in a bitstring).
 */

/** 2×2 table of counts for a pair of qubits: table[a][b] = shots where qubit qa read a and qubit qb read b. */
export function pairTable(indices: ArrayLike<number>, qa: number, qb: number): [[number, number], [number, number]] {
  const t: [[number, number], [number, number]] = [[0, 0], [0, 0]];
  for (let i = 0; i < indices.length; i++) {
    const k = indices[i]!;
    t[(k >>> qa) & 1]![(k >>> qb) & 1]!++;
  }
  return t;
}

/** Fraction of shots in which all n qubits agree (all 0 or all 1). */
export function agreementRate(indices: ArrayLike<number>, n: number): number {
  if (indices.length === 0) return 0;
  const all = 2 ** n - 1;
  let agree = 0;
  for (let i = 0; i < indices.length; i++) if (indices[i] === 0 || indices[i] === all) agree++;
  return agree / indices.length;
}

/**
 * Sample estimate of ⟨Z_a Z_b⟩ from computational-basis shots: +1 when the two bits agree, −1 when they differ.
 * (Measured after H on every qubit, the same estimate gives ⟨X_a X_b⟩.)
 */
export function parityCorrelation(indices: ArrayLike<number>, qa: number, qb: number): number {
  if (indices.length === 0) return 0;
  let s = 0;
  for (let i = 0; i < indices.length; i++) {
    const k = indices[i]!;
    s += ((k >>> qa) ^ (k >>> qb)) & 1 ? -1 : 1;
  }
  return s / indices.length;
}

/** Counts of every outcome index (length 2^n). */
export function tally(indices: ArrayLike<number>, size: number): number[] {
  const c = new Array<number>(size).fill(0);
  for (let i = 0; i < indices.length; i++) c[indices[i]!]!++;
  return c;
}

/**
 * Sample estimate of ⟨Z⊗…⊗Z⟩ over all n qubits: the mean of (−1)^(number of 1s). Measured after H on every qubit,
 * it estimates ⟨X⊗…⊗X⟩.
 */
export function fullParity(indices: ArrayLike<number>): number {
  if (indices.length === 0) return 0;
  let s = 0;
  for (let i = 0; i < indices.length; i++) {
    let v = indices[i]! >>> 0;
    let odd = 0;
    while (v) {
      odd ^= 1;
      v &= v - 1;
    }
    s += odd ? -1 : 1;
  }
  return s / indices.length;
}

/** Fraction of shots with an even number of 1s: the X-basis signature of a GHZ state (all of them, ideally). */
export function evenParityRate(indices: ArrayLike<number>): number {
  return indices.length === 0 ? 0 : (1 + fullParity(indices)) / 2;
}
