// Mistake: bornProbabilities reuses one module-level buffer "for speed", so every call returns the same array.
export { createSampler, sampleCounts } from '../solution/sampler';
let buffer = new Float64Array(0);
export function bornProbabilities(re: ArrayLike<number>, im: ArrayLike<number>): Float64Array {
  if (buffer.length !== re.length) buffer = new Float64Array(re.length);
  for (let k = 0; k < re.length; k++) buffer[k] = re[k]! * re[k]! + im[k]! * im[k]!;
  return buffer;
}
