// Correct, another way: converts T₁ and T₂ to ns, works with rates per ns, and uses expm1 for small arguments.
export function relaxation(gateNs: number, t1Us: number, t2Us: number) {
  const gamma1 = 1 / (t1Us * 1000);
  const gamma2 = 1 / (t2Us * 1000);
  const gammaPhi = gamma2 - gamma1 / 2;
  if (gammaPhi < -1e-12 * gamma2) throw new RangeError('T2 > 2*T1 is not physical');
  return { gammaAmplitude: -Math.expm1(-gamma1 * gateNs), gammaPhase: -Math.expm1(-2 * Math.max(gammaPhi, 0) * gateNs) };
}
