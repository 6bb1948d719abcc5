/**
 * The amplitude- and phase-damping strengths that reproduce a qubit's T₁ and T₂ over a gate or an idle wait.
 * Grade it with:  npm run grade -- 29
 */
export interface Relaxation {
  /** γ of amplitude damping, 1 − e^(−t/T₁) */
  gammaAmplitude: number;
  /** γ of phase damping (coherences shrink by √(1 − γ)), from the pure-dephasing rate 1/T_φ = 1/T₂ − 1/(2T₁) */
  gammaPhase: number;
}

/** Duration in ns, T₁ and T₂ in µs. Throws if T₂ > 2T₁. */
export function relaxation(gateNs: number, t1Us: number, t2Us: number): Relaxation {
  throw new Error('relaxation is not written yet');
}
