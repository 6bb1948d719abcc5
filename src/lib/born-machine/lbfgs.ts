/**
 * A compact L-BFGS (Nocedal & Wright, Numerical Optimization, Alg. 7.4/7.5) with a backtracking line search on the
 * Armijo condition. Written here because the npm registry list kept for this project has no L-BFGS package. A pair
 * (s, y) enters the memory only when sᵀy > 0 (the curvature condition the Wolfe line search would guarantee), so
 * the inverse-Hessian estimate stays positive definite without a full Wolfe search. Liu & Wang use scipy's
 * L-BFGS-B, which differs in its line search and bound handling; this is a stand-in, not a copy.
 */
export interface ValueAndGradient {
  value: number;
  gradient: ArrayLike<number>;
}

export interface Lbfgs {
  /** One iteration: a search direction, then a line search. Moves theta in place; returns f and ∇f there. */
  step(theta: Float64Array, fg: (theta: Float64Array) => ValueAndGradient): { value: number; gradient: Float64Array; moved: boolean };
}

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

export function createLbfgs(size: number, memory = 10, armijo = 1e-4, maxHalvings = 30): Lbfgs {
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  let f = 0;
  let g: Float64Array | null = null;

  return {
    step(theta, fg) {
      if (!g) {
        const r = fg(theta);
        f = r.value;
        g = Float64Array.from(r.gradient);
      }
      // Two-loop recursion: d = −H·g.
      const q = g.slice();
      const alpha = new Array<number>(S.length);
      for (let i = S.length - 1; i >= 0; i--) {
        alpha[i] = rho[i]! * dot(S[i]!, q);
        for (let j = 0; j < size; j++) q[j]! -= alpha[i]! * Y[i]![j]!;
      }
      const last = S.length - 1;
      const gnorm = Math.sqrt(dot(g, g));
      // Initial scaling: sᵀy/yᵀy from the latest pair, or a first step of length ≤ 1 along −g.
      const gamma = last >= 0 ? dot(S[last]!, Y[last]!) / dot(Y[last]!, Y[last]!) : 1 / Math.max(1, gnorm);
      for (let j = 0; j < size; j++) q[j]! *= gamma;
      for (let i = 0; i < S.length; i++) {
        const b = rho[i]! * dot(Y[i]!, q);
        for (let j = 0; j < size; j++) q[j]! += S[i]![j]! * (alpha[i]! - b);
      }
      let d = q.map((v) => -v);
      let slope = dot(d, g);
      if (!(slope < 0)) {
        // Not a descent direction (rounding, or a bad memory): forget it and go downhill.
        S.length = Y.length = rho.length = 0;
        d = g.map((v) => -v / Math.max(1, gnorm));
        slope = dot(d, g);
      }
      if (slope === 0) return { value: f, gradient: g, moved: false };
      let t = 1;
      const trial = new Float64Array(size);
      for (let h = 0; h <= maxHalvings; h++, t /= 2) {
        for (let j = 0; j < size; j++) trial[j] = theta[j]! + t * d[j]!;
        const r = fg(trial);
        if (r.value <= f + armijo * t * slope) {
          const gNew = Float64Array.from(r.gradient);
          const s = new Float64Array(size);
          const y = new Float64Array(size);
          for (let j = 0; j < size; j++) {
            s[j] = trial[j]! - theta[j]!;
            y[j] = gNew[j]! - g[j]!;
          }
          const sy = dot(s, y);
          if (sy > 1e-16 * Math.sqrt(dot(s, s) * dot(y, y))) {
            S.push(s);
            Y.push(y);
            rho.push(1 / sy);
            if (S.length > memory) {
              S.shift();
              Y.shift();
              rho.shift();
            }
          }
          theta.set(trial);
          f = r.value;
          g = gNew;
          return { value: f, gradient: g, moved: true };
        }
      }
      S.length = Y.length = rho.length = 0;
      return { value: f, gradient: g, moved: false };
    },
  };
}
