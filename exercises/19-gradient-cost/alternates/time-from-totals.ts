// Correct, another way: total shots over the rate, plus total overhead, computed from the shot count first.
import type { Device, Model } from '../solution/gradient-cost';
export function gradientCost({ params, shots: n, includeLoss }: Model, { shotsPerSecond, overheadPerCircuit }: Device) {
  const shots = (2 * params + Number(includeLoss)) * n;
  const circuits = shots / n;
  return { circuits, shots, seconds: shots / shotsPerSecond + overheadPerCircuit * circuits };
}
