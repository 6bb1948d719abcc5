// Mistake: reads the first character of the label as qubit 0, so the two factors come back swapped.
import { analyse as right, type State } from '../solution/product-or-entangled';
export function analyse(state: State) {
  const a = right(state);
  return a.factors ? { ...a, factors: { qubit0: a.factors.qubit1, qubit1: a.factors.qubit0 } } : a;
}
