/** Adam (Kingma & Ba 2014, arXiv:1412.6980), the optimiser Liu & Wang train with at learning rate 0.1. */
export interface Adam {
  /** Updates theta in place from one gradient. */
  step(theta: Float64Array, gradient: ArrayLike<number>): void;
  reset(): void;
}

export function createAdam(size: number, lr: number, beta1 = 0.9, beta2 = 0.999, eps = 1e-8): Adam {
  if (!(lr > 0)) throw new Error(`createAdam: the learning rate must be positive, got ${lr}`);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  let t = 0;
  return {
    step(theta, g) {
      t++;
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      for (let i = 0; i < size; i++) {
        const gi = g[i]!;
        m[i] = beta1 * m[i]! + (1 - beta1) * gi;
        v[i] = beta2 * v[i]! + (1 - beta2) * gi * gi;
        theta[i]! -= (lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + eps);
      }
    },
    reset() {
      m.fill(0);
      v.fill(0);
      t = 0;
    },
  };
}
