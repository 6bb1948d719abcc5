// Correct, another way: from the decay laws themselves. Populations keep e^(−t/T₁); coherences must keep e^(−t/T₂),
// and amplitude damping already keeps √(1 − γ₁) of them, so phase damping supplies the rest.
export function relaxation(gateNs: number, t1Us: number, t2Us: number) {
  if (!(t2Us <= 2 * t1Us * (1 + 1e-12))) throw new Error(`impossible qubit: T2 (${t2Us} us) > 2*T1 (${2 * t1Us} us)`);
  const t = gateNs * 1e-3;
  const population = Math.exp(-t / t1Us);
  const coherence = Math.exp(-t / t2Us);
  const phaseKeep = Math.min(1, (coherence * coherence) / population);
  return { gammaAmplitude: 1 - population, gammaPhase: 1 - phaseKeep };
}
