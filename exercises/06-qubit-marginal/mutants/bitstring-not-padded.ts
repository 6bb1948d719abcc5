// Mistake: index.toString(2) without padding, so the leading zeros (the high qubits that read 0) disappear.
import { probabilityOfOne } from '../solution/qubit-marginal';
export { probabilityOfOne };
export function bitstring(index: number, _n: number): string {
  return index.toString(2);
}
