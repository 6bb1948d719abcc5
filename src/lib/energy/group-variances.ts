/**
 * Measuring ⟨H⟩ on hardware takes two settings: the ZZ terms commute with each other and are read in the Z basis;
 * the X terms are read after a Hadamard on every qubit. Each setting's shots scatter with its own variance, and
 * that variance sets the shot bill even when the state is an exact eigenstate of H.
 */
import { walshHadamardInPlace } from '../quantum/walsh-hadamard';
import { bonds, checkChain, type TfimChain } from './tfim';

export interface GroupStats {
  mean: number;
  variance: number;
}

export interface TfimGroups {
  zz: GroupStats;
  x: GroupStats;
}

/** Hadamard on every qubit, as a new vector: maps amplitudes to the X-basis amplitudes. */
export function hadamardAll(v: Float64Array): Float64Array {
  return walshHadamardInPlace(Float64Array.from(v), 2 ** (-Math.log2(v.length) / 2));
}

function stats(probs: ArrayLike<number>, value: (k: number) => number): GroupStats {
  let m1 = 0;
  let m2 = 0;
  for (let k = 0; k < probs.length; k++) {
    const v = value(k);
    m1 += probs[k]! * v;
    m2 += probs[k]! * v * v;
  }
  return { mean: m1, variance: Math.max(0, m2 - m1 * m1) };
}

/**
 * Mean and single-shot variance of H_ZZ = −J Σ Z_i Z_j (Z-basis shots) and H_X = −h Σ X_i (X-basis shots) for a
 * real state vector ψ. The X group is evaluated by rotating ψ with H⊗N and reading X_i as Z_i, exactly what a
 * device does.
 */
export function tfimGroupStats(c: TfimChain, psi: Float64Array): TfimGroups {
  checkChain(c);
  if (psi.length !== 2 ** c.sites) throw new Error(`tfimGroupStats: expected ${2 ** c.sites} amplitudes, got ${psi.length}`);
  const bs = bonds(c);
  const pz = Float64Array.from(psi, (a) => a * a);
  const zz = stats(pz, (k) => {
    let s = 0;
    for (const [i, j] of bs) s += ((k >>> i) ^ (k >>> j)) & 1 ? -1 : 1;
    return -c.J * s;
  });
  const px = Float64Array.from(hadamardAll(psi), (a) => a * a);
  const x = stats(px, (k) => {
    let s = 0;
    for (let i = 0; i < c.sites; i++) s += (k >>> i) & 1 ? -1 : 1;
    return -c.h * s;
  });
  return { zz, x };
}
