/**
 * Single-qubit noise channels as Kraus operators, in PennyLane's conventions (read from pennylane/ops/channel.py,
 * see the course's fact sheet §5.1). The depolarizing parameter is PennyLane's p: K = √(1−p)·I, √(p/3)·X, √(p/3)·Y,
 * √(p/3)·Z, so p = 3/4 is fully depolarizing. Qiskit Aer's λ for the same channel on one qubit is 4p/3.
 */
import type { Kraus2 } from './density-matrix';

const c = (re: number, im = 0): [number, number] => [re, im];

function checkProbability(name: string, v: number, max = 1): void {
  if (!(v >= 0 && v <= max)) throw new RangeError(`${name} must be between 0 and ${max}; got ${v}.`);
}

export function amplitudeDamping(gamma: number): Kraus2[] {
  checkProbability('γ (amplitude damping)', gamma);
  return [
    [[c(1), c(0)], [c(0), c(Math.sqrt(1 - gamma))]],
    [[c(0), c(Math.sqrt(gamma))], [c(0), c(0)]],
  ];
}

export function phaseDamping(gamma: number): Kraus2[] {
  checkProbability('γ (phase damping)', gamma);
  return [
    [[c(1), c(0)], [c(0), c(Math.sqrt(1 - gamma))]],
    [[c(0), c(0)], [c(0), c(Math.sqrt(gamma))]],
  ];
}

export function depolarizing(p: number): Kraus2[] {
  checkProbability('p (depolarizing)', p);
  const a = Math.sqrt(1 - p);
  const b = Math.sqrt(p / 3);
  return [
    [[c(a), c(0)], [c(0), c(a)]],
    [[c(0), c(b)], [c(b), c(0)]],
    [[c(0), c(0, -b)], [c(0, b), c(0)]],
    [[c(b), c(0)], [c(0), c(-b)]],
  ];
}

export function bitFlip(p: number): Kraus2[] {
  checkProbability('p (bit flip)', p);
  const a = Math.sqrt(1 - p);
  const b = Math.sqrt(p);
  return [
    [[c(a), c(0)], [c(0), c(a)]],
    [[c(0), c(b)], [c(b), c(0)]],
  ];
}

/** Qiskit Aer's depolarizing λ for PennyLane's p on one qubit (the classic factor-4/3 trap). */
export const qiskitLambdaFromP = (p: number): number => (4 * p) / 3;

export interface Relaxation {
  /** amplitude damping γ₁ = 1 − e^{−t/T₁} */
  gammaAmplitude: number;
  /** phase damping γ_φ = 1 − e^{−2t/T_φ}, with 1/T_φ = 1/T₂ − 1/(2T₁) */
  gammaPhase: number;
}

/**
 * The amplitude- and phase-damping strengths for an idle or gate time t with relaxation times T₁ and T₂ (any one
 * unit). Together they make populations decay as e^{−t/T₁} and coherences as e^{−t/T₂}, which needs T₂ ≤ 2T₁.
 */
export function thermalRelaxation(t: number, t1: number, t2: number): Relaxation {
  if (!(t >= 0)) throw new RangeError(`The duration must be 0 or more; got ${t}.`);
  if (!(t1 > 0) || !(t2 > 0)) throw new RangeError('T₁ and T₂ must be positive.');
  if (t2 > 2 * t1 * (1 + 1e-12)) throw new RangeError(`T₂ (${t2}) cannot exceed 2·T₁ (${2 * t1}): no physical qubit dephases slower than that.`);
  const gammaAmplitude = 1 - Math.exp(-t / t1);
  const invTphi = Math.max(0, 1 / t2 - 1 / (2 * t1));
  const gammaPhase = 1 - Math.exp(-2 * t * invTphi);
  return { gammaAmplitude, gammaPhase };
}
