// Slow, obviously-correct linear algebra for tests: the independent side of every comparison with the engine.
import type { ComplexMatrix } from '../../../src/lib/quantum/complex-matrix';
import type { Rng, StateVector } from '../../../src/lib/quantum';

/** Applies a k-qubit matrix (bit j of its index = wires[j]) to a state by explicit index arithmetic. */
export function applyDense(state: StateVector, m: ComplexMatrix, wires: number[]): StateVector {
  const dim = state.re.length;
  const re = new Float64Array(dim);
  const im = new Float64Array(dim);
  const local = (i: number) => wires.reduce((acc, w, j) => acc | (((i >> w) & 1) << j), 0);
  const rest = (i: number) => wires.reduce((acc, w) => acc & ~(1 << w), i);
  for (let out = 0; out < dim; out++) {
    const r = local(out);
    for (let inp = 0; inp < dim; inp++) {
      if (rest(inp) !== rest(out)) continue;
      const c = local(inp);
      const mr = m.re[r * m.size + c]!;
      const mi = m.im[r * m.size + c]!;
      re[out]! += mr * state.re[inp]! - mi * state.im[inp]!;
      im[out]! += mr * state.im[inp]! + mi * state.re[inp]!;
    }
  }
  return { numQubits: state.numQubits, re, im };
}

export function randomState(n: number, rng: Rng): StateVector {
  const dim = 2 ** n;
  const re = new Float64Array(dim);
  const im = new Float64Array(dim);
  let s = 0;
  for (let i = 0; i < dim; i++) {
    re[i] = rng() - 0.5;
    im[i] = rng() - 0.5;
    s += re[i]! ** 2 + im[i]! ** 2;
  }
  const k = 1 / Math.sqrt(s);
  for (let i = 0; i < dim; i++) {
    re[i]! *= k;
    im[i]! *= k;
  }
  return { numQubits: n, re, im };
}

export function maxAmpDiff(a: StateVector, b: { re: ArrayLike<number>; im: ArrayLike<number> }): number {
  let d = 0;
  for (let i = 0; i < a.re.length; i++) d = Math.max(d, Math.hypot(a.re[i]! - b.re[i]!, a.im[i]! - b.im[i]!));
  return d;
}

/** k distinct wires out of n, in random order. */
export function randomWires(n: number, k: number, rng: Rng): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}
