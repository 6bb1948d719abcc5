/**
 * Cyclic Jacobi eigenvalue method for a real symmetric matrix: rotate away the off-diagonal entries one pair at a
 * time until they vanish. Slow (O(dim³) per sweep) but simple and accurate to rounding, which is what a 16×16 or
 * 64×64 Hamiltonian needs.
 */
export interface Eigen {
  /** Eigenvalues in increasing order. */
  values: Float64Array;
  /** vectors[k] is the normalised eigenvector for values[k]. */
  vectors: Float64Array[];
}

export function jacobiEigen(matrix: ArrayLike<number>, dim: number, maxSweeps = 60): Eigen {
  if (matrix.length !== dim * dim) throw new Error(`jacobiEigen: expected ${dim * dim} entries, got ${matrix.length}`);
  const a = Float64Array.from(matrix);
  for (let i = 0; i < dim; i++) {
    for (let j = 0; j < i; j++) {
      const x = a[i * dim + j]!;
      const y = a[j * dim + i]!;
      if (Math.abs(x - y) > 1e-12 * (1 + Math.abs(x))) throw new Error(`jacobiEigen: the matrix is not symmetric at (${i}, ${j})`);
    }
  }
  const v = new Float64Array(dim * dim);
  for (let i = 0; i < dim; i++) v[i * dim + i] = 1;
  let scale = 0;
  for (let i = 0; i < a.length; i++) scale += a[i]! * a[i]!;
  const tiny = 1e-30 * (scale || 1);
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < dim; p++) for (let q = p + 1; q < dim; q++) off += a[p * dim + q]! ** 2;
    if (off <= tiny) break;
    for (let p = 0; p < dim; p++) {
      for (let q = p + 1; q < dim; q++) {
        const apq = a[p * dim + q]!;
        if (apq === 0) continue;
        const app = a[p * dim + p]!;
        const aqq = a[q * dim + q]!;
        // Rotation angle that zeroes a[p][q]; t = tan θ chosen as the smaller root for stability.
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cs = 1 / Math.sqrt(t * t + 1);
        const sn = t * cs;
        for (let k = 0; k < dim; k++) {
          const akp = a[k * dim + p]!;
          const akq = a[k * dim + q]!;
          a[k * dim + p] = cs * akp - sn * akq;
          a[k * dim + q] = sn * akp + cs * akq;
        }
        for (let k = 0; k < dim; k++) {
          const apk = a[p * dim + k]!;
          const aqk = a[q * dim + k]!;
          a[p * dim + k] = cs * apk - sn * aqk;
          a[q * dim + k] = sn * apk + cs * aqk;
        }
        for (let k = 0; k < dim; k++) {
          const vkp = v[k * dim + p]!;
          const vkq = v[k * dim + q]!;
          v[k * dim + p] = cs * vkp - sn * vkq;
          v[k * dim + q] = sn * vkp + cs * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: dim }, (_, i) => i).sort((x, y) => a[x * dim + x]! - a[y * dim + y]!);
  const values = Float64Array.from(order, (i) => a[i * dim + i]!);
  const vectors = order.map((col) => Float64Array.from({ length: dim }, (_, k) => v[k * dim + col]!));
  return { values, vectors };
}
