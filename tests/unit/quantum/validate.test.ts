import { describe, expect, it } from 'vitest';
import { CircuitError, MAX_QUBITS, QubitBudgetError, createZeroState, qubitBudgetMessage, runCircuit, type Circuit } from '../../../src/lib/quantum';

const bad = (c: Circuit) => {
  try {
    runCircuit(c);
  } catch (e) {
    expect(e).toBeInstanceOf(CircuitError);
    return (e as CircuitError).problems.join(' | ');
  }
  throw new Error('expected a CircuitError');
};

describe('circuit validation', () => {
  it('names each problem', () => {
    expect(bad({ numQubits: 2, ops: [{ gate: 'rx', wires: [0], params: [Number.NaN] }] })).toMatch(/finite number, got NaN/);
    expect(bad({ numQubits: 2, ops: [{ gate: 'rx', wires: [0], params: [Infinity] }] })).toMatch(/got Infinity/);
    expect(bad({ numQubits: 2, ops: [{ gate: 'x', wires: [2] }] })).toMatch(/qubit 2 is out of range; this circuit has qubits 0 to 1/);
    expect(bad({ numQubits: 2, ops: [{ gate: 'cx', wires: [1, 1] }] })).toMatch(/same qubit twice/);
    expect(bad({ numQubits: 2, ops: [{ gate: 'foo' as 'x', wires: [0] }] })).toMatch(/unknown gate "foo"/);
    expect(bad({ numQubits: 2, ops: [{ gate: 'cx', wires: [0] }] })).toMatch(/needs 2 qubit/);
    expect(bad({ numQubits: 2, ops: [{ gate: 'rx', wires: [0] }] })).toMatch(/needs 1 angle/);
  });

  it('refuses a state over the memory budget with the bytes it would need', () => {
    expect(qubitBudgetMessage(MAX_QUBITS)).toBeNull();
    expect(qubitBudgetMessage(30)).toMatch(/30 qubits need 16\.0 GiB/);
    expect(() => createZeroState(MAX_QUBITS + 1)).toThrow(QubitBudgetError);
    expect(bad({ numQubits: 40, ops: [] })).toMatch(/40 qubits need 16\.0 TiB/);
  });
});
