// Mistake: subtracts the whole relaxation rate, 1/T_φ = 1/T₂ − 1/T₁, instead of 1/(2T₁).
export function relaxation(gateNs: number, t1Us: number, t2Us: number) {
  if (t2Us > 2 * t1Us * (1 + 1e-12)) throw new RangeError('T₂ cannot exceed 2·T₁');
  const t = gateNs / 1000;
  const rate = Math.max(0, 1 / t2Us - 1 / t1Us);
  return { gammaAmplitude: 1 - Math.exp(-t / t1Us), gammaPhase: 1 - Math.exp(-2 * t * rate) };
}
