/**
 * The Walsh–Hadamard transform, in place: out[s] = scale · Σ_x (−1)^{popcount(s & x)} · v[x]. With scale 2^{−n/2}
 * it is the Hadamard gate on every qubit (H⊗n is real and symmetric, so it is its own inverse); with scale 1 it turns
 * a probability vector into every Pauli-Z expectation at once (⟨Z_s⟩ = Σ_x p(x)(−1)^{s·x}). n·2ⁿ additions instead
 * of the 4ⁿ of the matrix.
 */
export function walshHadamardInPlace(v: Float64Array, scale = 1): Float64Array {
  const dim = v.length;
  if (dim === 0 || (dim & (dim - 1)) !== 0) throw new Error(`walshHadamardInPlace: expected 2^n entries, got ${dim}`);
  for (let len = 1; len < dim; len <<= 1) {
    for (let i = 0; i < dim; i += len << 1) {
      for (let j = i; j < i + len; j++) {
        const a = v[j]!;
        const b = v[j + len]!;
        v[j] = a + b;
        v[j + len] = a - b;
      }
    }
  }
  if (scale !== 1) for (let i = 0; i < dim; i++) v[i]! *= scale;
  return v;
}

/** Number of set bits of a 32-bit integer (the weight of a Z-string written as a bit mask). */
export function popcount(x: number): number {
  let c = x - ((x >>> 1) & 0x55555555);
  c = (c & 0x33333333) + ((c >>> 2) & 0x33333333);
  return (((c + (c >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
