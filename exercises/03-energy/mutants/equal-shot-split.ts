// Mistake: splits the shots equally between the groups instead of in proportion to their standard deviations.
export { exactEnergy, groupStdDevs, estimateEnergy, costToPrecision } from '../solution/energy';
export function shotsForPrecision(sigmaZZ: number, sigmaX: number, epsilon: number) {
  const each = Math.ceil((2 * (sigmaZZ ** 2 + sigmaX ** 2)) / (2 * epsilon ** 2)) ;
  return { zz: each, x: each, total: 2 * each };
}
