/**
 * The Bloch vector of one qubit, a|0⟩ + b|1⟩, from its two complex amplitudes.
 * Grade it with:  npm run grade -- 05
 */
export interface Complex { re: number; im: number }

/**
 * [x, y, z] with x = 2 Re(conj(a)·b), y = 2 Im(conj(a)·b), z = |a|² − |b|², for a, b normalised first
 * (divide by |a|² + |b|²). Throws an Error if a and b are both 0.
 */
export function blochVector(a: Complex, b: Complex): [number, number, number] {
  throw new Error('blochVector is not written yet');
}
