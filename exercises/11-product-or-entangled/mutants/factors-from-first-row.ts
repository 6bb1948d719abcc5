// Mistake: always factors from row 0 and column 0 (a00, a01 and a00, a10); when those amplitudes are 0, as in
// |1⟩ ⊗ |+⟩, it divides 0 by 0.
import { analyse as right, type State } from '../solution/product-or-entangled';
export function analyse(state: State) {
  const a = right(state);
  if (!a.factors) return a;
  const n = Math.sqrt([0, 1, 2, 3].reduce((s, k) => s + state.re[k]! ** 2 + state.im[k]! ** 2, 0));
  const pair = (i: number, j: number) => {
    const size = Math.hypot(state.re[i]!, state.im[i]!, state.re[j]!, state.im[j]!) / n;
    return { re: [state.re[i]! / n / size, state.re[j]! / n / size] as [number, number], im: [state.im[i]! / n / size, state.im[j]! / n / size] as [number, number] };
  };
  return { ...a, factors: { qubit0: pair(0, 1), qubit1: pair(0, 2) } };
}
