/**
 * Gradients by the parameter-shift rule. A rotation R(θ) = exp(−iθP/2) with P² = 1 gives an expectation of the form
 * a + b·cos θ + c·sin θ, whose derivative is exactly [f(θ + π/2) − f(θ − π/2)] / 2: two more circuits per
 * parameter, no approximation. On hardware each f is itself an average over shots.
 */
import { expectationPauli, runCircuit, type Circuit, type GateOp } from '../quantum';

/** The observables of the island, as Pauli strings (rightmost character = qubit 0). */
export function localZZ(numQubits: number): string {
  return 'I'.repeat(numQubits - 2) + 'ZZ';
}
export function globalZ(numQubits: number): string {
  return 'Z'.repeat(numQubits);
}

export function expectation(c: Circuit, pauli: string): number {
  return expectationPauli(runCircuit(c), pauli);
}

function withAngle(c: Circuit, opIdx: number, angle: number): Circuit {
  const op = c.ops[opIdx];
  if (!op || !op.params || op.params.length !== 1) throw new Error(`op ${opIdx} is not a one-angle rotation`);
  const ops = c.ops.slice();
  const shifted: GateOp = { gate: op.gate, wires: op.wires, params: [angle] };
  ops[opIdx] = shifted;
  return { numQubits: c.numQubits, ops };
}

/** ∂⟨P⟩/∂θ for the rotation at c.ops[opIdx], exactly (two shifted circuits). */
export function parameterShift(c: Circuit, opIdx: number, pauli: string): number {
  const theta = c.ops[opIdx]?.params?.[0];
  if (theta === undefined) throw new Error(`op ${opIdx} has no angle`);
  return (expectation(withAngle(c, opIdx, theta + Math.PI / 2), pauli) - expectation(withAngle(c, opIdx, theta - Math.PI / 2), pauli)) / 2;
}

/** Same circuit with one rotation's angle replaced; exported for finite-difference checks. */
export { withAngle };
