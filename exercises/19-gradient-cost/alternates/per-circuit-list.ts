// Correct, another way: lists every circuit of the gradient with its shots and adds up their costs one by one.
import type { Device, Model } from '../solution/gradient-cost';
export function gradientCost(model: Model, device: Device) {
  const runs: number[] = [];
  for (let k = 0; k < model.params; k++) runs.push(model.shots, model.shots);
  if (model.includeLoss) runs.push(model.shots);
  let shots = 0;
  let seconds = 0;
  for (const n of runs) {
    shots += n;
    seconds += device.overheadPerCircuit + n / device.shotsPerSecond;
  }
  return { circuits: runs.length, shots, seconds };
}
