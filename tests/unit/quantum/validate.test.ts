import { describe, expect, it } from 'vitest';
import {
  CircuitError, MAX_QUBITS, MAX_SHOTS, QubitBudgetError, applyGate, bitstringToIndex, createRng, createZeroState,
  indexToBitstring, measureQubits, qubitBudgetMessage, runCircuit, sampleCounts, sampleIndices, stateFromAmplitudes,
  validateCircuit, type Circuit,
} from '../../../src/lib/quantum';

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
    // The stated budget: 24 qubits = two Float64Arrays of 2^24 entries = 256 MiB.
    expect(MAX_QUBITS).toBe(24);
    expect(qubitBudgetMessage(MAX_QUBITS)).toBeNull();
    expect(qubitBudgetMessage(25)).toMatch(/25 qubits need 512 MiB .* budget is 24 qubits \(256 MiB\)/);
    expect(qubitBudgetMessage(30)).toMatch(/30 qubits need 16\.0 GiB/);
    expect(() => createZeroState(MAX_QUBITS + 1)).toThrow(QubitBudgetError);
    expect(bad({ numQubits: 40, ops: [] })).toMatch(/40 qubits need 16\.0 TiB/);
  });
});

describe('misuse of the other entry points gives a message saying what was expected', () => {
  it('applyGate checks the op against the state', () => {
    const s = createZeroState(2);
    expect(() => applyGate(s, { gate: 'cx', wires: [0, 5] })).toThrow(/qubit 5 is out of range; this circuit has qubits 0 to 1/);
    expect(() => applyGate(s, { gate: 'rz', wires: [0], params: [Number.NaN] })).toThrow(CircuitError);
    expect(() => applyGate({ numQubits: 3, re: new Float64Array(4), im: new Float64Array(4) }, { gate: 'x', wires: [0] }))
      .toThrow(/two Float64Arrays of length 2\^n, got numQubits 3, re length 4/);
    // Nothing was written by the refused calls.
    expect(Array.from(s.re)).toEqual([1, 0, 0, 0]);
  });

  it('runCircuit reports every problem at once, and a mismatched initial state', () => {
    const c = { numQubits: 2, ops: [{ gate: 'x' as const, wires: [3] }, { gate: 'h' as const, wires: [0, 1] }] };
    expect(bad(c).split(' | ')).toHaveLength(2);
    expect(() => runCircuit({ numQubits: 2, ops: [] }, { initial: createZeroState(3) })).toThrow(/initial state has 3 qubits but the circuit has 2/);
    expect(validateCircuit({ numQubits: 1.5, ops: [] })[0]).toMatch(/whole number of at least 1, not 1.5/);
    expect(validateCircuit({ numQubits: 0, ops: [] })[0]).toMatch(/not 0/);
    expect(validateCircuit({ numQubits: 2, ops: [{ gate: 'x', wires: [0], params: 3 as unknown as number[] }] })[0]).toMatch(/params must be an array/);
  });

  it('stateFromAmplitudes refuses wrong lengths and unnormalised amplitudes', () => {
    expect(() => stateFromAmplitudes([1, 0, 0])).toThrow(/expected 2\^n amplitudes \(2, 4, 8, \.\.\.\), got 3/);
    expect(() => stateFromAmplitudes([1, 1])).toThrow(/sum \|a_k\|\^2 = 1, got 2\.0000000/);
    expect(() => stateFromAmplitudes([1, 0], [0])).toThrow(/re has 2 entries but im has 1/);
    expect(stateFromAmplitudes([0, 0.6], [0.8, 0]).numQubits).toBe(1);
  });

  it('bitstring helpers refuse out-of-range input', () => {
    expect(() => indexToBitstring(8, 3)).toThrow(/\[0, 8\) for 3 qubits, got 8/);
    expect(() => indexToBitstring(1, 0)).toThrow(/numQubits must be a whole number/);
    expect(() => bitstringToIndex('')).toThrow(/0s and 1s/);
  });

  it('measureQubits refuses unknown or repeated qubits', () => {
    const s = createZeroState(2);
    expect(() => measureQubits(s, [2], createRng(1))).toThrow(/expected qubits from 0 to 1, got 2/);
    expect(() => measureQubits(s, [0, 0], createRng(1))).toThrow(/listed once, got \[0, 0\]/);
  });

  it('sampleCounts refuses a probability list that is not 2^n long', () => {
    expect(() => sampleCounts([0.5, 0.25, 0.25], 10, createRng(1))).toThrow(/2\^n probabilities, got 3/);
    expect(() => sampleIndices([1], MAX_SHOTS + 1, createRng(1))).toThrow(/MAX_SHOTS/);
  });
});
