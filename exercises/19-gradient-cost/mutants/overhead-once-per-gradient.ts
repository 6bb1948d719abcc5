// Mistake: pays the overhead once for the whole gradient, as if all 2P circuits were one job.
import { gradientCost as right, type Device, type Model } from '../solution/gradient-cost';
export function gradientCost(model: Model, device: Device) {
  const r = right(model, device);
  return { ...r, seconds: r.shots / device.shotsPerSecond + device.overheadPerCircuit };
}
