// Mistake: shots per group rounded down, so the split falls just short of the precision asked for.
export { exactEnergy, groupStdDevs, estimateEnergy, costToPrecision } from '../solution/energy';
export function shotsForPrecision(sigmaZZ: number, sigmaX: number, epsilon: number) {
  const sum = sigmaZZ + sigmaX;
  const zz = Math.floor((sigmaZZ * sum) / epsilon ** 2);
  const x = Math.floor((sigmaX * sum) / epsilon ** 2);
  return { zz, x, total: zz + x };
}
