// Mistake: divides the gate time in ns by T₁ and T₂ in µs without converting, so a 68 ns gate acts like 68 µs.
import { relaxation as right } from '../solution/t1-t2';
export function relaxation(gateNs: number, t1Us: number, t2Us: number) {
  return right(gateNs * 1000, t1Us, t2Us);
}
