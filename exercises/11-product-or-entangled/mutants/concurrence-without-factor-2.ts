// Mistake: returns |a00·a11 − a01·a10| itself, which is 1/2 for a Bell state rather than 1.
import { analyse as right, type State } from '../solution/product-or-entangled';
export function analyse(state: State) {
  const a = right(state);
  return { ...a, concurrence: a.concurrence / 2 };
}
