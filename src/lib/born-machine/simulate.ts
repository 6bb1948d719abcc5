/** Runs the ansatz with the fast kernels: the state, and the Born-rule distribution p_θ(x) = |⟨x|ψ_θ⟩|². */
import type { StateVector } from '../quantum';
import type { Ansatz, AnsatzOp } from './ansatz';
import { applyCx, applyRx, applyRz } from './kernels';

export function zeroState(n: number): StateVector {
  const re = new Float64Array(1 << n);
  re[0] = 1;
  return { numQubits: n, re, im: new Float64Array(1 << n) };
}

export function copyState(s: StateVector): StateVector {
  return { numQubits: s.numQubits, re: s.re.slice(), im: s.im.slice() };
}

/** Applies op with angle `angle` (ignored for CNOT). */
export function applyOp(s: StateVector, op: AnsatzOp, angle: number): void {
  if (op.kind === 'cx') applyCx(s, op.control, op.target);
  else if (op.kind === 'rx') applyRx(s, op.qubit, angle);
  else applyRz(s, op.qubit, angle);
}

/** Applies the inverse of op: rotations by −θ, CNOT is its own inverse. */
export function applyInverseOp(s: StateVector, op: AnsatzOp, angle: number): void {
  applyOp(s, op, -angle);
}

/** Runs ops[from…] on `s` in place. */
export function runOps(a: Ansatz, theta: ArrayLike<number>, s: StateVector, from = 0): StateVector {
  for (let k = from; k < a.ops.length; k++) {
    const op = a.ops[k]!;
    applyOp(s, op, op.kind === 'cx' ? 0 : theta[op.param]!);
  }
  return s;
}

export function runAnsatz(a: Ansatz, theta: ArrayLike<number>): StateVector {
  return runOps(a, theta, zeroState(a.numQubits));
}

export function bornProbabilities(s: StateVector, out = new Float64Array(s.re.length)): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = s.re[i]! * s.re[i]! + s.im[i]! * s.im[i]!;
  return out;
}

export function modelDistribution(a: Ansatz, theta: ArrayLike<number>): Float64Array {
  return bornProbabilities(runAnsatz(a, theta));
}
