// Mistake: "makes sure" the state is normalised by dividing re and im by its norm in place. On a state whose norm is
// 1 only up to round-off, the caller's amplitudes change in their last digits.
export { createSampler, sampleCounts } from '../solution/sampler';
export function bornProbabilities(re: ArrayLike<number>, im: ArrayLike<number>): Float64Array {
  let norm = 0;
  for (let k = 0; k < re.length; k++) norm += re[k]! * re[k]! + im[k]! * im[k]!;
  norm = Math.sqrt(norm);
  const r = re as number[];
  const i = im as number[];
  for (let k = 0; k < re.length; k++) {
    r[k] = r[k]! / norm;
    i[k] = i[k]! / norm;
  }
  return Float64Array.from(r, (x, k) => x * x + i[k]! * i[k]!);
}
