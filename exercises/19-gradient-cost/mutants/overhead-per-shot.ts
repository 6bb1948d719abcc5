// Mistake: pays the circuit overhead on every shot rather than once per circuit.
import { gradientCost as right, type Device, type Model } from '../solution/gradient-cost';
export function gradientCost(model: Model, device: Device) {
  const r = right(model, device);
  return { ...r, seconds: r.shots / device.shotsPerSecond + r.shots * device.overheadPerCircuit };
}
