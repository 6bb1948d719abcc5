// Mistake: takes the decay as linear, γ₁ = t/T₁, which is close for short gates but exceeds 1 for long waits.
import { relaxation as right } from '../solution/t1-t2';
export function relaxation(gateNs: number, t1Us: number, t2Us: number) {
  return { ...right(gateNs, t1Us, t2Us), gammaAmplitude: gateNs / 1000 / t1Us };
}
