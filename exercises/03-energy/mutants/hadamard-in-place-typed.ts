// Mistake: to save a copy, exactEnergy applies the Hadamard layer to re and im in place when they are Float64Arrays
// (plain arrays are still copied by hadamardAll), after reading the Z-basis probabilities. The energy is right; the
// caller's state is now H⊗ⁿ|ψ⟩, so the next call on it measures the wrong state.
import { bonds, hadamardAll, probabilitiesOf, zSign, type Ising } from '../tools';
export { groupStdDevs, estimateEnergy, shotsForPrecision, costToPrecision } from '../solution/energy';
export function exactEnergy(re: ArrayLike<number>, im: ArrayLike<number>, m: Ising): number {
  const n = Math.round(Math.log2(re.length));
  let e = 0;
  const pz = probabilitiesOf(re, im);
  for (let k = 0; k < pz.length; k++) e += pz[k]! * -m.J * bonds(n, m.periodic).reduce((a, [i, j]) => a + zSign(k, i) * zSign(k, j), 0);
  let x: { re: ArrayLike<number>; im: ArrayLike<number> };
  if (re instanceof Float64Array && im instanceof Float64Array) {
    const s = Math.SQRT1_2;
    for (let step = 1; step < re.length; step <<= 1) {
      for (let base = 0; base < re.length; base += step << 1) {
        for (let i = base; i < base + step; i++) {
          const j = i + step;
          const [ar, ai, br, bi] = [re[i]!, im[i]!, re[j]!, im[j]!];
          re[i] = s * (ar + br);
          im[i] = s * (ai + bi);
          re[j] = s * (ar - br);
          im[j] = s * (ai - bi);
        }
      }
    }
    x = { re, im };
  } else x = hadamardAll(re, im);
  const px = probabilitiesOf(x.re, x.im);
  for (let k = 0; k < px.length; k++) {
    let sum = 0;
    for (let q = 0; q < n; q++) sum += zSign(k, q);
    e += px[k]! * -m.h * sum;
  }
  return e;
}
