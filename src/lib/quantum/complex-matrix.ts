/** A dense complex matrix stored as separate real and imaginary parts, row-major. Used for reference matrices. */
export interface ComplexMatrix {
  size: number;
  re: Float64Array;
  im: Float64Array;
}

export function zeroMatrix(size: number): ComplexMatrix {
  return { size, re: new Float64Array(size * size), im: new Float64Array(size * size) };
}

/** Builds a matrix from rows of [re, im] pairs. */
export function matrixFromRows(rows: [number, number][][]): ComplexMatrix {
  const m = zeroMatrix(rows.length);
  rows.forEach((row, r) =>
    row.forEach(([re, im], c) => {
      m.re[r * m.size + c] = re;
      m.im[r * m.size + c] = im;
    }),
  );
  return m;
}

/** A square complex matrix read only: ComplexMatrix, or any row-major re/im pair of the same shape. */
export interface ComplexMatrixLike {
  size: number;
  re: ArrayLike<number>;
  im: ArrayLike<number>;
}

export function multiply(a: ComplexMatrixLike, b: ComplexMatrixLike): ComplexMatrix {
  const n = a.size;
  const out = zeroMatrix(n);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++) {
      const ar = a.re[i * n + k]!;
      const ai = a.im[i * n + k]!;
      if (ar === 0 && ai === 0) continue;
      for (let j = 0; j < n; j++) {
        const br = b.re[k * n + j]!;
        const bi = b.im[k * n + j]!;
        out.re[i * n + j]! += ar * br - ai * bi;
        out.im[i * n + j]! += ar * bi + ai * br;
      }
    }
  return out;
}

export function adjoint(a: ComplexMatrix): ComplexMatrix {
  const n = a.size;
  const out = zeroMatrix(n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      out.re[j * n + i] = a.re[i * n + j]!;
      out.im[j * n + i] = -a.im[i * n + j]!;
    }
  return out;
}

/** Largest entry-wise distance between two matrices of the same size. */
export function maxDistance(a: ComplexMatrix, b: ComplexMatrix): number {
  let d = 0;
  for (let i = 0; i < a.re.length; i++) d = Math.max(d, Math.hypot(a.re[i]! - b.re[i]!, a.im[i]! - b.im[i]!));
  return d;
}

export function identity(size: number): ComplexMatrix {
  const m = zeroMatrix(size);
  for (let i = 0; i < size; i++) m.re[i * size + i] = 1;
  return m;
}
