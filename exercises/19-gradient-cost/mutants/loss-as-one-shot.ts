// Mistake: reads Liu & Wang's "279 × N × 2 + 1" literally and adds one shot for the loss instead of one circuit of N shots.
import type { Device, Model } from '../solution/gradient-cost';
export function gradientCost(model: Model, device: Device) {
  const circuits = 2 * model.params + (model.includeLoss ? 1 : 0);
  const shots = 2 * model.params * model.shots + (model.includeLoss ? 1 : 0);
  return { circuits, shots, seconds: shots / device.shotsPerSecond + circuits * device.overheadPerCircuit };
}
