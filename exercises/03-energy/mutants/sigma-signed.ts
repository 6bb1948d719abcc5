// Mistake: σ of a group written as coupling × spread (h·sd(ΣX), J·sd(ΣZZ)), which is negative when J or h is negative.
import { groupStdDevs as correct } from '../solution/energy';
import type { Ising } from '../tools';
export { exactEnergy, estimateEnergy, shotsForPrecision, costToPrecision } from '../solution/energy';
export function groupStdDevs(re: ArrayLike<number>, im: ArrayLike<number>, model: Ising): { zz: number; x: number } {
  const unit = correct(re, im, { ...model, J: 1, h: 1 });
  return { zz: model.J * unit.zz, x: model.h * unit.x };
}
