import { describe, expect, it } from 'vitest';
import { createRng, expectationPauli, runCircuit } from '../../../src/lib/quantum';
import { SHOT_RATES, adjointGradient, deviceSeconds, formatSeconds, layeredCircuit, parameterShiftCost, shotRate, simulatorGradientSeconds } from '../../../src/lib/training-cost';

describe('parameter-shift cost arithmetic', () => {
  it("Liu & Wang's 279 parameters: 558 circuits and 558·N shots per gradient (N = 1,000 → 558,000)", () => {
    const c = parameterShiftCost({ params: 279, shots: 1000, steps: 1 });
    expect(c.circuitsPerGradient).toBe(558);
    expect(c.shotsPerGradient).toBe(558_000);
  });
  it('counting the loss adds one circuit of N shots: P = 3, N = 10, S = 4 → (6+1)·10·4 = 280 shots, 28 circuits', () => {
    const c = parameterShiftCost({ params: 3, shots: 10, steps: 4, includeLoss: true });
    expect(c).toEqual({ circuitsPerGradient: 7, shotsPerGradient: 70, totalCircuits: 28, totalShots: 280 });
  });
  it('rejects fractional or zero counts', () => {
    expect(() => parameterShiftCost({ params: 0, shots: 1, steps: 1 })).toThrow();
    expect(() => parameterShiftCost({ params: 1, shots: 1.5, steps: 1 })).toThrow();
  });
  it('device time: 558,000 shots at 4,000 shots/s = 139.5 s; at 5.5 Hz ≈ 28.2 h', () => {
    expect(deviceSeconds(558_000, 4000)).toBeCloseTo(139.5, 12);
    expect(deviceSeconds(558_000, 5.5) / 3600).toBeCloseTo(28.18, 2);
  });
  it('simulator: parameter shift is 2P forward passes, adjoint a constant number', () => {
    expect(simulatorGradientSeconds(0.001, 279, 3)).toEqual({ shift: 0.558, adjoint: 0.003 });
  });
  it('the rate table has the sourced values', () => {
    expect(shotRate('ibm').perSecond).toBe(4000);
    expect(shotRate('willow').perSecond).toBe(63_000);
    expect(shotRate('aqt').perSecond).toBe(5.5);
    expect(shotRate('ionq').perSecond).toBe(16);
    expect(SHOT_RATES.every((r) => r.source.length > 0)).toBe(true);
  });
  it('formats durations', () => {
    expect(formatSeconds(139.5)).toBe('2.33 min');
    expect(formatSeconds(86_400 * 3)).toBe('3 days');
    expect(formatSeconds(0.0005)).toBe('500 µs');
  });
});

describe('adjoint gradient', () => {
  it.each([[3, 12], [4, 20], [5, 17]])('matches central finite differences on %i qubits with %i parameters', (n, P) => {
    const rng = createRng(n * 100 + P);
    const angles = Array.from({ length: P }, () => 2 * Math.PI * rng());
    const pauli = 'X' + 'I'.repeat(n - 3) + 'ZY';
    const f = (a: number[]) => expectationPauli(runCircuit(layeredCircuit(n, P, (k) => a[k]!)), pauli);
    const { value, gradient } = adjointGradient(layeredCircuit(n, P, (k) => angles[k]!), pauli);
    expect(value).toBeCloseTo(f(angles), 12);
    expect(gradient.length).toBe(P);
    const h = 1e-5;
    for (let k = 0; k < P; k++) {
      const up = angles.slice();
      const dn = angles.slice();
      up[k]! += h;
      dn[k]! -= h;
      expect(Math.abs(gradient[k]! - (f(up) - f(dn)) / (2 * h))).toBeLessThan(1e-8);
    }
  });
  it('layeredCircuit has exactly P rotations and a CX ladder after each full layer', () => {
    const c = layeredCircuit(3, 7, () => 0);
    expect(c.ops.filter((o) => o.gate !== 'cx').length).toBe(7);
    expect(c.ops.filter((o) => o.gate === 'cx').length).toBe(4);
  });
});

describe('measureMs', () => {
  it('keeps the fastest window: a fake clock where calls cost 3, 1, 2, 1, 5 ms per window', async () => {
    const { measureMs } = await import('../../../src/lib/training-cost');
    // Each call advances the clock by the current window's cost; warm-up calls cost 10 ms.
    const costs = [10, 3, 1, 2, 1, 5];
    let t = 0;
    let phase = 0;
    let calls = 0;
    const limit = [20, 6, 6, 6, 6, 6];
    const now = () => t;
    const fn = () => {
      t += costs[phase]!;
      calls++;
      if (t >= limit.slice(0, phase + 1).reduce((a, b) => a + b, 0)) phase = Math.min(phase + 1, costs.length - 1);
    };
    const r = measureMs(fn, { warmupMs: 20, windowMs: 6, windows: 5, now });
    expect(r.ms).toBe(1);
    expect(r.calls).toBe(calls);
  });
});

describe('number formatting', () => {
  it('scientific notation with superscripts', async () => {
    const { formatCount, scientific, formatSeconds } = await import('../../../src/lib/training-cost');
    expect(formatCount(2_236_000_000)).toBe('2.24 × 10⁹');
    expect(formatCount(1_118_000)).toBe('1,118,000');
    expect(scientific(1.14e-15)).toBe('1.14 × 10⁻¹⁵');
    expect(formatSeconds(3.04e3 * 31_557_600)).toBe('3,040 years');
    expect(formatSeconds(2e7 * 31_557_600)).toBe('2 × 10⁷ years');
  });
});

describe('measurePairMs', () => {
  it('returns each function\'s fastest window (fake clock: a costs 2 ms, b costs 5 ms per call)', async () => {
    const { measurePairMs } = await import('../../../src/lib/training-cost');
    let t = 0;
    const r = measurePairMs(() => void (t += 2), () => void (t += 5), { warmupMs: 10, windowMs: 10, windows: 3, now: () => t });
    expect(r).toEqual({ a: 2, b: 5 });
  });
});
