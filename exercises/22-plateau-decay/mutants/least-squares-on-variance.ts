// Mistake: fits A·b⁻ⁿ to the variances themselves (least squares on Var, as a generic curve fitter would), so the
// largest variances dominate and the small ones, where the plateau shows, hardly count.
export { qubitsBelow } from '../solution/plateau-decay';
import { fitDecay as logFit, type Point } from '../solution/plateau-decay';

function bestAmplitude(points: Point[], base: number): { a: number; err: number } {
  let num = 0;
  let den = 0;
  for (const p of points) {
    const f = base ** -p.n;
    num += p.variance * f;
    den += f * f;
  }
  const a = num / den;
  let err = 0;
  for (const p of points) err += (p.variance - a * base ** -p.n) ** 2;
  return { a, err };
}

export function fitDecay(points: Point[]) {
  // Golden-section search on ln b around the log fit, with the amplitude solved exactly for each b.
  const start = Math.log(logFit(points).base);
  let lo = start - 1;
  let hi = start + 1;
  const g = (Math.sqrt(5) - 1) / 2;
  for (let k = 0; k < 200; k++) {
    const c = hi - g * (hi - lo);
    const d = lo + g * (hi - lo);
    if (bestAmplitude(points, Math.exp(c)).err < bestAmplitude(points, Math.exp(d)).err) hi = d;
    else lo = c;
  }
  const base = Math.exp((lo + hi) / 2);
  return { base, amplitude: bestAmplitude(points, base).a };
}
