// Mistake: divides circuits, not shots, by the shot rate, as if the rate counted whole circuits per second.
import { gradientCost as right, type Device, type Model } from '../solution/gradient-cost';
export function gradientCost(model: Model, device: Device) {
  const r = right(model, device);
  return { ...r, seconds: r.circuits / device.shotsPerSecond + r.circuits * device.overheadPerCircuit };
}
