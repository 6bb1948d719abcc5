// Mistake: one circuit per parameter, forgetting that the shift rule needs both θ + π/2 and θ − π/2.
import type { Device, Model } from '../solution/gradient-cost';
export function gradientCost(model: Model, device: Device) {
  const circuits = model.params + (model.includeLoss ? 1 : 0);
  const shots = circuits * model.shots;
  return { circuits, shots, seconds: circuits * (model.shots / device.shotsPerSecond + device.overheadPerCircuit) };
}
