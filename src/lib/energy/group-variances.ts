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

/** A state as amplitudes: a real vector, or real and imaginary parts (the engine's StateVector has this shape). */
export type AmplitudesLike = Float64Array | { re: ArrayLike<number>; im?: ArrayLike<number> };

/** How far Σ|a|² may be from 1 (round-off of a state that is normalised). */
const NORM_SLACK = 1e-9;

/**
 * Mean and single-shot variance of H_ZZ = −J Σ Z_i Z_j (Z-basis shots) and H_X = −h Σ X_i (X-basis shots) for a
 * state ψ, real (a Float64Array) or complex ({ re, im }). The X group is evaluated by rotating ψ with H⊗N and reading
 * X_i as Z_i, exactly what a device does; H⊗N is real, so it rotates the real and imaginary parts separately.
 *
 * A vector that is not normalised is refused: it is most often one part of a complex state (passing `state.re`
 * alone silently gives variances that are far off), and no variance means anything for it.
 */
export function tfimGroupStats(c: TfimChain, psi: AmplitudesLike): TfimGroups {
  checkChain(c);
  const dim = 2 ** c.sites;
  const re = Float64Array.from(psi instanceof Float64Array ? psi : psi.re);
  const im = psi instanceof Float64Array || psi.im === undefined ? null : Float64Array.from(psi.im);
  if (re.length !== dim || (im && im.length !== dim)) {
    throw new Error(`tfimGroupStats: expected ${dim} amplitudes for ${c.sites} sites, got ${re.length}${im && im.length !== re.length ? ` real and ${im.length} imaginary parts` : ''}`);
  }
  const pz = Float64Array.from(re, (a, k) => a * a + (im ? im[k]! * im[k]! : 0));
  const total = pz.reduce((a, b) => a + b, 0);
  if (!(Math.abs(total - 1) <= NORM_SLACK)) {
    throw new Error(`tfimGroupStats: the amplitudes are not normalised (the probabilities add up to ${Number.isFinite(total) ? total.toPrecision(6) : 'a value that is not a number'}); if they are the real part of a complex state, pass the whole state { re, im }`);
  }
  const bs = bonds(c);
  const zz = stats(pz, (k) => {
    let s = 0;
    for (const [i, j] of bs) s += ((k >>> i) ^ (k >>> j)) & 1 ? -1 : 1;
    return -c.J * s;
  });
  const hre = hadamardAll(re);
  const him = im ? hadamardAll(im) : null;
  const px = Float64Array.from(hre, (a, k) => a * a + (him ? him[k]! * him[k]! : 0));
  const x = stats(px, (k) => {
    let s = 0;
    for (let i = 0; i < c.sites; i++) s += (k >>> i) & 1 ? -1 : 1;
    return -c.h * s;
  });
  return { zz, x };
}
