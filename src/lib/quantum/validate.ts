import { qubitBudgetMessage } from './budget';
import { GATES } from './gates';
import { GATE_NAMES, type Circuit, type GateName } from './types';

export class CircuitError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'CircuitError';
    this.problems = problems;
  }
}

const KNOWN = new Set<string>(GATE_NAMES);

export function isGateName(name: string): name is GateName {
  return KNOWN.has(name);
}

/** Every problem of a circuit, in words a learner can act on; empty when the circuit can run. */
export function validateCircuit(c: Circuit): string[] {
  const problems: string[] = [];
  const budget = qubitBudgetMessage(c.numQubits);
  if (budget) return [budget];
  c.ops.forEach((op, k) => {
    const where = `gate ${k + 1} (${String(op.gate)})`;
    if (!isGateName(op.gate)) {
      problems.push(`${where}: unknown gate "${String(op.gate)}"; known gates are ${GATE_NAMES.join(', ')}.`);
      return;
    }
    const spec = GATES[op.gate];
    if (!Array.isArray(op.wires) || op.wires.length !== spec.qubits) {
      problems.push(`${where}: needs ${spec.qubits} qubit(s), got ${Array.isArray(op.wires) ? op.wires.length : 'none'}.`);
    } else {
      for (const w of op.wires) {
        if (!Number.isInteger(w) || w < 0 || w >= c.numQubits) {
          problems.push(`${where}: qubit ${w} is out of range; this circuit has qubits 0 to ${c.numQubits - 1}.`);
        }
      }
      if (new Set(op.wires).size !== op.wires.length) problems.push(`${where}: uses the same qubit twice (${op.wires.join(', ')}).`);
    }
    const params = op.params ?? [];
    if (params.length !== spec.params) problems.push(`${where}: needs ${spec.params} angle(s), got ${params.length}.`);
    params.forEach((p, j) => {
      if (typeof p !== 'number' || !Number.isFinite(p)) problems.push(`${where}: angle ${j + 1} must be a finite number, got ${p}.`);
    });
  });
  return problems;
}
