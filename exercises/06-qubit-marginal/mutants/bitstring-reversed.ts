// Mistake: writes bit 0 first, so qubit 0 ends up as the leftmost character.
import { probabilityOfOne } from '../solution/qubit-marginal';
export { probabilityOfOne };
export function bitstring(index: number, n: number): string {
  let out = '';
  for (let q = 0; q < n; q++) out += (index >> q) & 1 ? '1' : '0';
  return out;
}
