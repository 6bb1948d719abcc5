/**
 * Runs a circuit in the engine's format (src/lib/quantum: Circuit, GateOp) on a stabilizer tableau, when every gate
 * is a Clifford gate. The same circuit object can be handed to the state-vector engine, which is how the tests
 * compare the two methods.
 */
import type { Circuit, GateName } from '../../quantum';
import { cnot, controlledZ, createTableau, hadamard, pauliX, pauliY, pauliZ, phase, phaseDagger, type Tableau } from './tableau';

export const CLIFFORD_GATES: readonly GateName[] = ['id', 'x', 'y', 'z', 'h', 's', 'sdg', 'cx', 'cz', 'swap'];

export function isCliffordCircuit(c: Circuit): boolean {
  return c.ops.every((op) => CLIFFORD_GATES.includes(op.gate));
}

export function runClifford(c: Circuit, into: Tableau = createTableau(c.numQubits)): Tableau {
  for (const [k, op] of c.ops.entries()) {
    const [a, b] = op.wires as [number, number];
    switch (op.gate) {
      case 'id': break;
      case 'x': pauliX(into, a); break;
      case 'y': pauliY(into, a); break;
      case 'z': pauliZ(into, a); break;
      case 'h': hadamard(into, a); break;
      case 's': phase(into, a); break;
      case 'sdg': phaseDagger(into, a); break;
      case 'cx': cnot(into, a, b); break;
      case 'cz': controlledZ(into, a, b); break;
      case 'swap': cnot(into, a, b); cnot(into, b, a); cnot(into, a, b); break;
      default: throw new Error(`stabilizer: gate ${k + 1} is ${op.gate}, which is not a Clifford gate (allowed: ${CLIFFORD_GATES.join(', ')})`);
    }
  }
  return into;
}
