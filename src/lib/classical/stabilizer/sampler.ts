/**
 * Many shots from one stabilizer state, cheaply. The outcomes of a stabilizer state in the computational basis are
 * uniform over an affine subspace x₀ ⊕ V, where V is spanned by the X parts of the stabilizer generators: a generator
 * with X part v maps |x⟩ to ±|x ⊕ v⟩ (times a phase), so |ψ(x)| = |ψ(x ⊕ v)|, and the generators with no X part fix
 * n − r parity checks, leaving exactly 2^r strings (r = rank of the X parts). So: one CHP measurement pass gives x₀,
 * Gaussian elimination over GF(2) gives a basis of V, and every further shot is x₀ XOR a random subset of the basis,
 * r·n/32 word operations instead of a full measurement pass.
 */
import type { Rng } from '../../quantum';
import { measureAll } from './measure';
import type { Tableau } from './tableau';

export interface StabilizerSupport {
  numQubits: number;
  /** One possible outcome, bits[q] = qubit q. */
  offset: Uint8Array;
  /** r basis vectors of V, packed 32 qubits a word. */
  basis: Uint32Array[];
}

/** rank of the X parts and a basis of their span (row echelon form). */
function xSpan(t: Tableau): Uint32Array[] {
  const n = t.numQubits, w = t.words;
  const rows: Uint32Array[] = [];
  for (let i = n; i < 2 * n; i++) rows.push(t.x.slice(i * w, (i + 1) * w));
  let rank = 0;
  for (let col = 0; col < n && rank < rows.length; col++) {
    const word = col >>> 5, mask = (1 << (col & 31)) >>> 0;
    let piv = -1;
    for (let i = rank; i < rows.length; i++) if (rows[i]![word]! & mask) { piv = i; break; }
    if (piv < 0) continue;
    [rows[rank], rows[piv]] = [rows[piv]!, rows[rank]!];
    const p = rows[rank]!;
    for (let i = rank + 1; i < rows.length; i++) {
      const row = rows[i]!;
      if (row[word]! & mask) for (let k = word; k < w; k++) row[k] = row[k]! ^ p[k]!;
    }
    rank++;
  }
  return rows.slice(0, rank);
}

export function stabilizerSupport(t: Tableau, rng: Rng): StabilizerSupport {
  return { numQubits: t.numQubits, offset: measureAll(t, rng), basis: xSpan(t) };
}

/** log₂ of the number of possible outcomes; each has probability 2^−r. */
export const supportDimension = (s: StabilizerSupport): number => s.basis.length;

export function createStabilizerSampler(s: StabilizerSupport): (rng: Rng) => Uint8Array {
  const n = s.numQubits;
  const words = Math.ceil(n / 32);
  const acc = new Uint32Array(words);
  return (rng) => {
    acc.fill(0);
    for (const v of s.basis) if (rng() < 0.5) for (let k = 0; k < words; k++) acc[k] = acc[k]! ^ v[k]!;
    const bits = new Uint8Array(n);
    for (let q = 0; q < n; q++) bits[q] = s.offset[q]! ^ ((acc[q >>> 5]! >>> (q & 31)) & 1);
    return bits;
  };
}

/** A bitstring with qubit 0 as the rightmost character, the course's convention. */
export function bitsToString(bits: ArrayLike<number>): string {
  let out = '';
  for (let q = bits.length - 1; q >= 0; q--) out += bits[q] ? '1' : '0';
  return out;
}

/** The outcome index (bit q = qubit q), for registers small enough to index (at most 30 qubits). */
export function bitsToIndex(bits: ArrayLike<number>): number {
  if (bits.length > 30) throw new Error('stabilizer: more than 30 qubits do not fit an index; use the bits');
  let idx = 0;
  for (let q = 0; q < bits.length; q++) if (bits[q]) idx |= 1 << q;
  return idx;
}
