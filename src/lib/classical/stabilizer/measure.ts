/**
 * Measuring qubits of a stabilizer tableau in the computational basis, as in Aaronson & Gottesman (2004), section
 * III: if some stabilizer generator anticommutes with Z_a (has an X or Y on qubit a) the outcome is a fair coin and the
 * tableau is updated; otherwise the outcome is determined and is read off by summing stabilizers into the scratch
 * row. The coin comes from the course's seeded generator, so a seed fixes every shot.
 */
import type { Rng } from '../../quantum';
import { cloneTableau, type Tableau } from './tableau';

function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * Row h ← row i · row h (the paper's rowsum). The phase of the product is 2r_h + 2r_i + Σ_j g(x_ij, z_ij, x_hj, z_hj)
 * mod 4, where g ∈ {−1, 0, 1} is the power of i picked up multiplying two single-qubit Paulis; the +1 and −1 cases
 * are counted 32 qubits at a time with bit masks.
 */
export function rowsum(t: Tableau, h: number, i: number): void {
  const { words, x, z, r } = t;
  const oh = h * words, oi = i * words;
  let sum = 2 * r[h]! + 2 * r[i]!;
  for (let w = 0; w < words; w++) {
    const x1 = x[oi + w]!, z1 = z[oi + w]!, x2 = x[oh + w]!, z2 = z[oh + w]!;
    // (x1, z1) = Y: g = z2 − x2;  X: g = z2·(2x2 − 1);  Z: g = x2·(1 − 2z2).
    const plus = (x1 & z1 & ~x2 & z2) | (x1 & ~z1 & x2 & z2) | (~x1 & z1 & x2 & ~z2);
    const minus = (x1 & z1 & x2 & ~z2) | (x1 & ~z1 & ~x2 & z2) | (~x1 & z1 & x2 & z2);
    sum += popcount(plus) - popcount(minus);
    x[oh + w] = x2 ^ x1;
    z[oh + w] = z2 ^ z1;
  }
  r[h] = ((sum % 4) + 4) % 4 === 2 ? 1 : 0;
}

function copyRow(t: Tableau, to: number, from: number): void {
  const { words } = t;
  t.x.copyWithin(to * words, from * words, (from + 1) * words);
  t.z.copyWithin(to * words, from * words, (from + 1) * words);
  t.r[to] = t.r[from]!;
}

function clearRow(t: Tableau, row: number): void {
  t.x.fill(0, row * t.words, (row + 1) * t.words);
  t.z.fill(0, row * t.words, (row + 1) * t.words);
  t.r[row] = 0;
}

const hasX = (t: Tableau, row: number, a: number) => (t.x[row * t.words + (a >>> 5)]! & (1 << (a & 31))) !== 0;

/** True when measuring qubit a would give a fair coin (some stabilizer has X or Y there). */
export function isRandomOutcome(t: Tableau, a: number): boolean {
  const n = t.numQubits;
  for (let p = n; p < 2 * n; p++) if (hasX(t, p, a)) return true;
  return false;
}

/** Measures qubit a in place (the tableau collapses), returning 0 or 1. */
export function measureQubit(t: Tableau, a: number, rng: Rng): 0 | 1 {
  const n = t.numQubits;
  if (!Number.isInteger(a) || a < 0 || a >= n) throw new Error(`stabilizer: cannot measure qubit ${a} of ${n}`);
  let p = -1;
  for (let i = n; i < 2 * n; i++) if (hasX(t, i, a)) { p = i; break; }
  if (p >= 0) {
    for (let i = 0; i < 2 * n; i++) if (i !== p && hasX(t, i, a)) rowsum(t, i, p);
    copyRow(t, p - n, p);
    clearRow(t, p);
    t.z[p * t.words + (a >>> 5)] = (1 << (a & 31)) >>> 0;
    const bit = rng() < 0.5 ? 0 : 1;
    t.r[p] = bit;
    return bit;
  }
  const scratch = 2 * n;
  clearRow(t, scratch);
  for (let i = 0; i < n; i++) if (hasX(t, i, a)) rowsum(t, scratch, i + n);
  return t.r[scratch] as 0 | 1;
}

/**
 * One shot: every qubit measured on a copy, qubit 0 first. Returns the outcome as bits (bits[q] = qubit q), since a
 * thousand-qubit outcome does not fit a number. Cost up to n²·n/32 word operations.
 */
export function measureAll(t: Tableau, rng: Rng): Uint8Array {
  const c = cloneTableau(t);
  const bits = new Uint8Array(t.numQubits);
  for (let q = 0; q < t.numQubits; q++) bits[q] = measureQubit(c, q, rng);
  return bits;
}
