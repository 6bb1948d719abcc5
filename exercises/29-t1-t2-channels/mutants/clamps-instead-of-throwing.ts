// Mistake: quietly sets the dephasing to 0 when T₂ > 2T₁ instead of refusing an unphysical qubit.
export function relaxation(gateNs: number, t1Us: number, t2Us: number) {
  const t = gateNs / 1000;
  const rate = Math.max(0, 1 / t2Us - 1 / (2 * t1Us));
  return { gammaAmplitude: 1 - Math.exp(-t / t1Us), gammaPhase: 1 - Math.exp(-2 * t * rate) };
}
