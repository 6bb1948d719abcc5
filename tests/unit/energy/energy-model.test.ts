import { describe, expect, it } from 'vitest';
import { energyCrossover, formatJoules, joules, stateVectorBytes, stateVectorSeconds } from '../../../src/lib/energy';

describe('energy model', () => {
  it('joules = seconds × watts (hand: 25.7 s at 20 kW = 514 kJ)', () => {
    expect(joules(25.7, 20_000)).toBeCloseTo(514_000, 6);
    expect(() => joules(-1, 1)).toThrow();
  });

  it('state-vector memory is 16·2^n bytes (30 qubits = 16 GiB)', () => {
    expect(stateVectorBytes(30)).toBe(16 * 1024 ** 3);
  });

  it('state-vector time doubles per qubit from the reference', () => {
    const ref = { n: 10, secondsPerGate: 1e-6 };
    expect(stateVectorSeconds(ref, 12, 5)).toBeCloseTo(4e-6 * 5, 15);
  });

  it('crossover, hand-computed: quantum 1 J; classical 2^(n−1)·n µJ per run exceeds 1 J first at n = 17', () => {
    // quantum: 100 shots / 100 per s = 1 s at 1 W = 1 J.
    // classical: ref n=1, 1 µs per gate, depth 1 ⇒ n gates ⇒ 1e-6·2^(n−1)·n s at 1 W.
    // n = 16: 2^15·16 = 524,288 µJ = 0.52 J; n = 17: 2^16·17 = 1,114,112 µJ = 1.11 J.
    const c = energyCrossover({ ref: { n: 1, secondsPerGate: 1e-6 }, depth: 1, shots: 100, perSecond: 100, quantumWatts: 1, classicalWatts: 1 });
    expect(c?.n).toBe(17);
    expect(c?.quantumJ).toBeCloseTo(1, 12);
    expect(c?.classicalJ).toBeCloseTo(1.114112, 9);
  });

  it('no crossover within maxN gives null', () => {
    expect(energyCrossover({ ref: { n: 1, secondsPerGate: 1e-12 }, depth: 1, shots: 1e9, perSecond: 1, quantumWatts: 1e6, classicalWatts: 1, maxN: 20 })).toBeNull();
  });

  it('formats energies with units', () => {
    expect(formatJoules(4.5e-3)).toBe('4.5 mJ');
    expect(formatJoules(514_000)).toBe('514 kJ');
  });
});
