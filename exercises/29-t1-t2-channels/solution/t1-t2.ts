export interface Relaxation {
  gammaAmplitude: number;
  gammaPhase: number;
}

export function relaxation(gateNs: number, t1Us: number, t2Us: number): Relaxation {
  if (t2Us > 2 * t1Us * (1 + 1e-12)) {
    throw new RangeError(`T₂ = ${t2Us} µs exceeds 2·T₁ = ${2 * t1Us} µs: relaxation alone already dephases faster than that.`);
  }
  const tUs = gateNs / 1000;
  const pureDephasingRate = Math.max(0, 1 / t2Us - 1 / (2 * t1Us));
  return { gammaAmplitude: 1 - Math.exp(-tUs / t1Us), gammaPhase: 1 - Math.exp(-2 * tUs * pureDephasingRate) };
}
