// Mistake: conjugates b instead of a (a·conj(b)), which flips the sign of y: (|0⟩ + i|1⟩)/√2 lands at y = −1.
import { blochVector as right, type Complex } from '../solution/bloch-vector';
export function blochVector(a: Complex, b: Complex): [number, number, number] {
  const [x, y, z] = right(a, b);
  return [x, -y, z];
}
