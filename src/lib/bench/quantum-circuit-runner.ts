/**
 * quantum-circuit as the benchmark's "other simulator": build the circuit (one column per gate) and run it, the way
 * a user of that library would, timed together. Only the gates of the benchmark circuits are mapped (rx, ry, rz, cx).
 * The constructor is passed in: Node imports the package directly, the browser loads it lazily.
 */
import type { QuantumCircuitConstructor } from '../qasm/load-quantum-circuit';
import type { OtherSimulator } from './suite';

type Runnable = { addGate(name: string, column: number, wires: number[], options?: object): void; run(): void; state: Record<number, { re: number; im: number } | undefined> };

export function quantumCircuitRunner(QuantumCircuit: QuantumCircuitConstructor): OtherSimulator {
  return (c) => {
    const qc = new QuantumCircuit(c.numQubits) as unknown as Runnable;
    c.ops.forEach((op, column) => {
      if (!['rx', 'ry', 'rz', 'cx'].includes(op.gate)) throw new Error(`The benchmark runner does not map ${op.gate}.`);
      const options = op.params?.length ? { params: { [op.gate === 'rz' ? 'phi' : 'theta']: op.params[0] } } : undefined;
      qc.addGate(op.gate, column, op.wires, options);
    });
    qc.run();
    const dim = 1 << c.numQubits;
    const re = new Float64Array(dim);
    const im = new Float64Array(dim);
    for (let k = 0; k < dim; k++) {
      re[k] = qc.state[k]?.re ?? 0;
      im[k] = qc.state[k]?.im ?? 0;
    }
    return { re, im };
  };
}
