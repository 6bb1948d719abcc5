// Mistake: z = |b|² − |a|², which puts |0⟩ at the south pole.
import { blochVector as right, type Complex } from '../solution/bloch-vector';
export function blochVector(a: Complex, b: Complex): [number, number, number] {
  const [x, y, z] = right(a, b);
  return [x, y, -z];
}
