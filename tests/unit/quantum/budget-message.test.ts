// The qubit budget's messages reach learners (the playground, shared links, QASM programs): they must read as
// sentences about the circuit, never as "got NaN" or "Infinity EiB".
import { describe, expect, it } from 'vitest';
import { formatBytes, qubitBudgetMessage, stateBytes } from '../../../src/lib/quantum/budget';

const LEAKS = /NaN|Infinity|undefined|null|e\+\d/;

describe('qubit budget messages', () => {
  it('say nothing for a circuit that fits, and give sizes in plain units for one that does not', () => {
    expect(qubitBudgetMessage(24)).toBeNull();
    expect(qubitBudgetMessage(30)).toContain('16.0 GiB');
    expect(formatBytes(stateBytes(60))).toBe('16.0 EiB');
  });
  it('never echo a value that is not a number, and never print an unreadable size', () => {
    for (const n of [NaN, Infinity, -Infinity, 0, -3, 2.5, 100, 1100, 1e6, 2 ** 53]) {
      const m = qubitBudgetMessage(n)!;
      expect(m, String(n)).not.toMatch(LEAKS);
    }
    expect(qubitBudgetMessage(2.5)).toContain('not 2.5');
    expect(qubitBudgetMessage(1100)).toContain('more than a million EiB');
  });
});
