import { qubitBudgetMessage } from './budget';
import { GATES } from './gates';
import { GATE_NAMES, type Circuit, type GateName, type GateOp } from './types';

/** A circuit that cannot run, with every problem found (not just the first) so a learner can fix them in one go. */
export class CircuitError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems:\n${problems.join('\n')}`);
    this.name = 'CircuitError';
    this.problems = problems;
  }
}

const KNOWN = new Set<string>(GATE_NAMES);

export function isGateName(name: unknown): name is GateName {
  return typeof name === 'string' && KNOWN.has(name);
}

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : Array.isArray(v) ? `[${v.map(show).join(', ')}]` : String(v));

/**
 * Problems of one gate in a circuit of `numQubits` qubits; `position` (0-based) only labels the messages.
 * Typed loosely on purpose: circuits arrive from learners' JavaScript and from imported files, not only from
 * type-checked code.
 */
export function validateOp(op: GateOp, numQubits: number, position = 0): string[] {
  const where = `gate ${position + 1}`;
  if (typeof op !== 'object' || op === null) return [`${where}: expected an object {gate, wires, params?}, got ${show(op)}.`];
  const problems: string[] = [];
  const name: unknown = op.gate;
  if (!isGateName(name)) {
    return [`${where}: unknown gate ${show(name)}; known gates are ${GATE_NAMES.join(', ')}.`];
  }
  const spec = GATES[name];
  const label = `${where} (${name})`;
  const wires: unknown = op.wires;
  if (!Array.isArray(wires)) {
    problems.push(`${label}: wires must be an array of ${spec.qubits} qubit number(s), got ${show(wires)}.`);
  } else {
    if (wires.length !== spec.qubits) {
      const role = spec.qubits > 1 && name !== 'swap' ? ' (controls first, then the target)' : '';
      problems.push(`${label}: needs ${spec.qubits} qubit(s)${role}, got ${wires.length}.`);
    }
    for (const w of wires) {
      if (!Number.isInteger(w) || w < 0 || w >= numQubits) {
        problems.push(`${label}: qubit ${show(w)} is out of range; this circuit has qubits 0 to ${numQubits - 1}.`);
      }
    }
    if (new Set(wires).size !== wires.length) problems.push(`${label}: uses the same qubit twice (${wires.join(', ')}).`);
  }
  const params: unknown = op.params ?? [];
  if (!Array.isArray(params)) {
    problems.push(`${label}: params must be an array of ${spec.params} angle(s) in radians, got ${show(params)}.`);
    return problems;
  }
  if (params.length !== spec.params) problems.push(`${label}: needs ${spec.params} angle(s), got ${params.length}.`);
  params.forEach((p: unknown, j) => {
    if (typeof p !== 'number' || !Number.isFinite(p)) problems.push(`${label}: angle ${j + 1} must be a finite number, got ${show(p)}.`);
  });
  return problems;
}

/** Every problem of a circuit, in words a learner can act on; empty when the circuit can run. */
export function validateCircuit(c: Circuit): string[] {
  if (typeof c !== 'object' || c === null) return [`expected a circuit {numQubits, ops}, got ${show(c)}.`];
  const budget = qubitBudgetMessage(c.numQubits);
  // Without a usable qubit count, every wire check would be noise.
  if (budget) return [budget];
  if (!Array.isArray(c.ops)) return [`ops must be an array of gates, got ${show(c.ops)}.`];
  return c.ops.flatMap((op, k) => validateOp(op, c.numQubits, k));
}
