/**
 * Two ways to get ∂L/∂θ for the MMD loss, L depending on θ only through p_θ:
 *   ∂L/∂θ_k = Σ_x ∂L/∂p(x) · ∂p(x)/∂θ_k.
 *
 * 1. Adjoint (reverse mode), what a simulator can do: one forward run, then one backward sweep that carries the state
 *    ψ and λ = ∂L/∂ψ* back through the inverse gates. Every derivative comes out of that one sweep, so the cost is
 *    about three circuit runs whatever the number of angles.
 * 2. Parameter shift, what hardware can do: ∂p(x)/∂θ_k = ½[p_{θ+π/2·e_k}(x) − p_{θ−π/2·e_k}(x)], two circuits per
 *    angle. With finite shots each shifted circuit is sampled N times (Liu & Wang 2018, App. A).
 */
import { createSampler, type Rng, type StateVector } from '../quantum';
import type { Ansatz } from './ansatz';
import { applyRx, applyRz, imInnerX, imInnerZ } from './kernels';
import { applyMixtureKernel, mmdLossAndGradient, DEFAULT_SIGMAS } from './mmd-loss';
import { applyInverseOp, applyOp, bornProbabilities, copyState, runAnsatz, runOps, zeroState } from './simulate';

export interface GradientResult {
  /** L(θ), exact. */
  loss: number;
  /** p_θ, exact (the simulator's view; hardware never sees it). */
  probs: Float64Array;
  gradient: Float64Array;
}

/**
 * Adjoint gradient. With ψ = U_M⋯U_1|0⟩, p(x) = |ψ(x)|² and g = ∂L/∂p:
 *   ∂L/∂θ_k = 2 Re⟨λ|∂ψ/∂θ_k⟩ with λ(x) = g(x)·ψ(x).
 * For R_k = exp(−iθ_k G/2), ∂ψ/∂θ_k = U_{>k}(−i/2)G φ_k with φ_k the state just after gate k, so
 *   ∂L/∂θ_k = Im⟨λ_k|G|φ_k⟩,  λ_k = U_{>k}†λ.
 * The backward sweep walks k from the last gate to the first, undoing each gate on both φ and λ.
 */
export function adjointGradient(a: Ansatz, theta: ArrayLike<number>, data: ArrayLike<number>, sigmas = DEFAULT_SIGMAS): GradientResult {
  const phi = runAnsatz(a, theta);
  const probs = bornProbabilities(phi);
  const { loss, dLdp } = mmdLossAndGradient(probs, data, sigmas);
  const lambda = copyState(phi);
  for (let i = 0; i < dLdp.length; i++) {
    lambda.re[i]! *= dLdp[i]!;
    lambda.im[i]! *= dLdp[i]!;
  }
  const gradient = new Float64Array(a.numParams);
  for (let k = a.ops.length - 1; k >= 0; k--) {
    const op = a.ops[k]!;
    if (op.kind === 'cx') {
      applyInverseOp(phi, op, 0);
      applyInverseOp(lambda, op, 0);
      continue;
    }
    gradient[op.param] = op.kind === 'rx' ? imInnerX(lambda, phi, op.qubit) : imInnerZ(lambda, phi, op.qubit);
    const angle = theta[op.param]!;
    applyInverseOp(phi, op, angle);
    applyInverseOp(lambda, op, angle);
  }
  return { loss, probs, gradient };
}

/**
 * Calls visit(param, pPlus, pMinus) for every angle with the exact distributions of its two shifted circuits.
 *
 * Shortcut (same distributions as running the two shifted circuits, half the work): the shifts commute with the
 * gate, R(θ ± π/2) = R(±π/2)·R(θ) and R(±π/2) = (1 ∓ iG)/√2, so with φ_k the state just after gate k,
 *   ψ± = U_{>k}(φ_k ∓ iGφ_k)/√2 = (ψ ∓ iχ_k)/√2,   χ_k = U_{>k} G φ_k,
 * and p±(x) = ½|ψ(x) ∓ iχ_k(x)|². One re-run of the gates after k per angle instead of two. The tests compare these
 * against the two shifted circuits run gate by gate in the engine.
 */
export function forEachShiftedPair(
  a: Ansatz,
  theta: ArrayLike<number>,
  visit: (param: number, pPlus: Float64Array, pMinus: Float64Array) => void,
): void {
  const after: StateVector[] = [];
  const psi = zeroState(a.numQubits);
  for (let k = 0; k < a.ops.length; k++) {
    const op = a.ops[k]!;
    applyOp(psi, op, op.kind === 'cx' ? 0 : theta[op.param]!);
    if (op.kind !== 'cx') after[k] = copyState(psi);
  }
  const size = psi.re.length;
  const pPlus = new Float64Array(size);
  const pMinus = new Float64Array(size);
  const chi = zeroState(a.numQubits);
  for (let k = 0; k < a.ops.length; k++) {
    const op = a.ops[k]!;
    if (op.kind === 'cx') continue;
    chi.re.set(after[k]!.re);
    chi.im.set(after[k]!.im);
    if (op.kind === 'rx') applyRx(chi, op.qubit, Math.PI); // Rx(π) = −iX: a global phase away from X
    else applyRz(chi, op.qubit, Math.PI); // Rz(π) = −iZ
    runOps(a, theta, chi, k + 1);
    // chi now holds −iχ_k, so ψ − iχ_k = ψ + chi and ψ + iχ_k = ψ − chi.
    for (let x = 0; x < size; x++) {
      const ar = psi.re[x]!, ai = psi.im[x]!, br = chi.re[x]!, bi = chi.im[x]!;
      pPlus[x] = 0.5 * ((ar + br) ** 2 + (ai + bi) ** 2);
      pMinus[x] = 0.5 * ((ar - br) ** 2 + (ai - bi) ** 2);
    }
    visit(op.param, pPlus, pMinus);
  }
}

/** Parameter-shift gradient from exact shifted distributions (infinitely many shots). */
export function shiftGradient(a: Ansatz, theta: ArrayLike<number>, data: ArrayLike<number>, sigmas = DEFAULT_SIGMAS): GradientResult {
  const probs = bornProbabilities(runAnsatz(a, theta));
  const { loss, dLdp } = mmdLossAndGradient(probs, data, sigmas);
  const gradient = new Float64Array(a.numParams);
  forEachShiftedPair(a, theta, (k, pp, pm) => {
    let g = 0;
    for (let x = 0; x < pp.length; x++) g += 0.5 * (pp[x]! - pm[x]!) * dLdp[x]!;
    gradient[k] = g;
  });
  return { loss, probs, gradient };
}

/**
 * Parameter-shift gradient as hardware would estimate it: the unshifted circuit and both shifted circuits of every
 * angle are each measured `shots` times. Liu & Wang's unbiased estimator (App. A),
 *   ∂L/∂θ = E_{x~p+, y~p}K − E_{x~p−, y~p}K − E_{x~p+, y~π}K + E_{x~p−, y~π}K
 *         = E_{x~p+}[f(x)] − E_{x~p−}[f(x)],   f = K(p − π),
 * with p replaced by the histogram of the unshifted circuit's shots. That histogram is independent of the shifted
 * circuits' shots, so the product's expectation is the product of expectations and the estimate is unbiased. The data
 * side E_{y~π} is computed exactly from the dataset (all valid patterns are the training set, as in the paper).
 */
export function shotGradient(
  a: Ansatz,
  theta: ArrayLike<number>,
  data: ArrayLike<number>,
  shots: number,
  rng: Rng,
  sigmas = DEFAULT_SIGMAS,
): GradientResult {
  if (!Number.isInteger(shots) || shots < 1) throw new Error(`shotGradient: shots must be a whole number ≥ 1, got ${shots}`);
  const probs = bornProbabilities(runAnsatz(a, theta));
  const { loss } = mmdLossAndGradient(probs, data, sigmas);
  const hist = new Float64Array(probs.length);
  const draw0 = createSampler(probs);
  for (let i = 0; i < shots; i++) hist[draw0(rng)]! += 1 / shots;
  for (let x = 0; x < hist.length; x++) hist[x]! -= data[x]!;
  const f = applyMixtureKernel(hist, sigmas);
  const gradient = new Float64Array(a.numParams);
  forEachShiftedPair(a, theta, (k, pp, pm) => {
    const drawP = createSampler(pp);
    const drawM = createSampler(pm);
    let sum = 0;
    for (let i = 0; i < shots; i++) sum += f[drawP(rng)]! - f[drawM(rng)]!;
    gradient[k] = sum / shots;
  });
  return { loss, probs, gradient };
}
