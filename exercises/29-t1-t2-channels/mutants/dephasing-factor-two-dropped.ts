// Mistake: writes γ_φ = 1 − e^(−t/T_φ), the coherence factor itself, forgetting that phase damping shrinks coherences by √(1 − γ).
export function relaxation(gateNs: number, t1Us: number, t2Us: number) {
  if (t2Us > 2 * t1Us * (1 + 1e-12)) throw new RangeError('T₂ cannot exceed 2·T₁');
  const t = gateNs / 1000;
  const rate = Math.max(0, 1 / t2Us - 1 / (2 * t1Us));
  return { gammaAmplitude: 1 - Math.exp(-t / t1Us), gammaPhase: 1 - Math.exp(-t * rate) };
}
