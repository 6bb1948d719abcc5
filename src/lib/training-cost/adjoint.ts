/**
 * A minimal adjoint-method gradient (the circuit analogue of backpropagation), written here because the course's
 * born-machine module was not available yet. It supports the gates the timing circuit uses: rx, ry, rz (trainable)
 * and the self-inverse cz, cx, h. One forward pass, then one backward sweep carrying two states: every parameter's
 * derivative comes out of the same sweep, so the cost is a few forward passes whatever the parameter count.
 */
import { measurePairMs, type TimingOptions } from './timing';
import { GATES, expectationPauli, runCircuit, type Circuit, type GateOp, type StateVector } from '../quantum';

const PAULI_OF = { rx: 'x', ry: 'y', rz: 'z' } as const;
const SELF_INVERSE = new Set(['cz', 'cx', 'h', 'x', 'y', 'z', 'swap']);

function applyInverse(s: StateVector, op: GateOp): void {
  if (op.gate === 'rx' || op.gate === 'ry' || op.gate === 'rz') GATES[op.gate].apply(s, op.wires, [-op.params![0]!]);
  else if (SELF_INVERSE.has(op.gate)) GATES[op.gate].apply(s, op.wires, []);
  else throw new Error(`adjointGradient: gate ${op.gate} is not supported`);
}

/** Applies a Pauli string (rightmost character = qubit 0) to a copy of the state. */
function applyPauliString(s: StateVector, pauli: string): StateVector {
  const out = { numQubits: s.numQubits, re: s.re.slice(), im: s.im.slice() };
  const n = s.numQubits;
  for (let q = 0; q < n; q++) {
    const ch = pauli[n - 1 - q];
    if (ch === 'X') GATES.x.apply(out, [q], []);
    else if (ch === 'Y') GATES.y.apply(out, [q], []);
    else if (ch === 'Z') GATES.z.apply(out, [q], []);
  }
  return out;
}

/** Im⟨a|b⟩. */
function imInner(a: StateVector, b: StateVector): number {
  let s = 0;
  for (let k = 0; k < a.re.length; k++) s += a.re[k]! * b.im[k]! - a.im[k]! * b.re[k]!;
  return s;
}

/**
 * ⟨P⟩ and its derivative with respect to every rotation angle, in circuit order. For R(θ) = exp(−iθG/2),
 * ∂⟨P⟩/∂θ = 2 Re⟨λ|(−i/2) G|ψ⟩ = Im⟨λ|G|ψ⟩, with ψ the state just after the gate and λ = U_after† P U |0⟩.
 */
export function adjointGradient(c: Circuit, pauli: string): { value: number; gradient: number[] } {
  const psi = runCircuit(c);
  const value = expectationPauli(psi, pauli);
  const lambda = applyPauliString(psi, pauli);
  const grads: number[] = [];
  const scratch = { numQubits: psi.numQubits, re: new Float64Array(psi.re.length), im: new Float64Array(psi.re.length) };
  for (let k = c.ops.length - 1; k >= 0; k--) {
    const op = c.ops[k]!;
    if (op.gate === 'rx' || op.gate === 'ry' || op.gate === 'rz') {
      scratch.re.set(psi.re);
      scratch.im.set(psi.im);
      GATES[PAULI_OF[op.gate]].apply(scratch, op.wires, []);
      grads.push(imInner(lambda, scratch));
    }
    applyInverse(psi, op);
    applyInverse(lambda, op);
  }
  return { value, gradient: grads.reverse() };
}

/**
 * A layered circuit with exactly `params` trainable rotations on n qubits: rotations alternate RY, RZ layer by layer,
 * with a CX ladder after each full layer (the shape of Liu & Wang's Born machine, simplified).
 */
export function layeredCircuit(numQubits: number, params: number, angles: (k: number) => number): Circuit {
  const ops: GateOp[] = [];
  for (let k = 0; k < params; k++) {
    const q = k % numQubits;
    const layer = Math.floor(k / numQubits);
    ops.push({ gate: layer % 2 === 0 ? 'ry' : 'rz', wires: [q], params: [angles(k)] });
    if (q === numQubits - 1) for (let t = 0; t + 1 < numQubits; t++) ops.push({ gate: 'cx', wires: [t, t + 1] });
  }
  return { numQubits, ops };
}

export interface GradientTiming {
  params: number;
  numQubits: number;
  /** Milliseconds for one forward run plus the expectation value. */
  forwardMs: number;
  /** Milliseconds for one adjoint gradient (all parameters). */
  adjointMs: number;
}

/** Times forward passes and adjoint gradients in alternating windows (fastest window of each; see measurePairMs). */
export function timeGradient(numQubits: number, params: number, opts: TimingOptions = {}): GradientTiming {
  const c = layeredCircuit(numQubits, params, (k) => 0.1 + 0.37 * k);
  const pauli = 'I'.repeat(numQubits - 2) + 'ZZ';
  const t = measurePairMs(() => void expectationPauli(runCircuit(c), pauli), () => void adjointGradient(c, pauli), opts);
  return { params, numQubits, forwardMs: t.a, adjointMs: t.b };
}
