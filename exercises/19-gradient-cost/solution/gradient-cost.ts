export interface Model { params: number; shots: number; includeLoss: boolean }
export interface Device { shotsPerSecond: number; overheadPerCircuit: number }
export interface GradientCost { circuits: number; shots: number; seconds: number }

export function gradientCost(model: Model, device: Device): GradientCost {
  const shiftedCircuits = 2 * model.params;
  const circuits = shiftedCircuits + (model.includeLoss ? 1 : 0);
  const shots = circuits * model.shots;
  const secondsPerCircuit = model.shots / device.shotsPerSecond + device.overheadPerCircuit;
  return { circuits, shots, seconds: circuits * secondsPerCircuit };
}
