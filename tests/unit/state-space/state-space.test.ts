import { describe, expect, it } from 'vitest';
import {
  stateVectorBytes, formatBinaryBytes, formatDecimalBytes, fitExponential, predictExponential, fitPerGate,
  extrapolateLayer, extrapolateByDoubling, layerCircuit, gatesPerLayer, timeLayer, formatDuration,
} from '../../../src/lib/state-space';
import { createRng, validateCircuit } from '../../../src/lib/quantum';

describe('memory formula 16 · 2^n bytes', () => {
  it('gives the reference sizes', () => {
    expect(stateVectorBytes(1)).toBe(32);
    expect(stateVectorBytes(10)).toBe(16 * 1024); // 16 KiB
    expect(stateVectorBytes(20)).toBe(16 * 1024 ** 2); // 16 MiB
    expect(stateVectorBytes(30)).toBe(16 * 1024 ** 3); // 16 GiB
    expect(formatBinaryBytes(stateVectorBytes(30))).toBe('16 GiB');
    expect(formatBinaryBytes(stateVectorBytes(26))).toBe('1 GiB');
    // 16 · 2^40 = 17 592 186 044 416 bytes ≈ 17.6 TB; 16 · 2^53 ≈ 1.44 · 10^17 bytes = 144 PB
    expect(stateVectorBytes(40)).toBe(17_592_186_044_416);
    expect(formatDecimalBytes(stateVectorBytes(40))).toBe('17.6 TB');
    expect(formatDecimalBytes(stateVectorBytes(53))).toBe('144 PB');
  });
  it('is what the engine allocates', () => {
    const t = timeLayer(6, { minMs: 0, maxReps: 1 });
    expect(t.stateBytes).toBe(stateVectorBytes(6));
  });
  it('says how it ran: fused or gate by gate, and on one core (no threads in the lessons yet)', () => {
    const seen: number[] = [];
    const f = timeLayer(6, { minMs: 0, maxReps: 1, fused: true, onProgress: (x) => seen.push(x) });
    expect([f.engine, f.cores, f.gates]).toEqual(['fused', 1, gatesPerLayer(6, 'h-cx')]);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeLessThan(f.gates); // progress per fused pass: fewer passes than gates
    expect(timeLayer(6, { minMs: 0, maxReps: 1 }).engine).toBe('gates');
  });
});

describe('exponential fit', () => {
  it('recovers base and prefactor from exact exponential data', () => {
    const pts = [10, 12, 14, 16, 18].map((n) => ({ n, t: 3e-6 * 2 ** n }));
    const f = fitExponential(pts);
    expect(f.base).toBeCloseTo(2, 12);
    expect(Math.exp(f.logA)).toBeCloseTo(3e-6, 15);
    expect(f.r2).toBeCloseTo(1, 12);
    expect(predictExponential(f, 30) / (3e-6 * 2 ** 30)).toBeCloseTo(1, 10);
  });
  it('recovers a base of 1.7 from noisy data within a few percent', () => {
    // multiplicative noise of ±5% (fixed seed) on 8 points
    const rng = createRng(5);
    const pts = Array.from({ length: 8 }, (_, i) => ({ n: 8 + i, t: 0.01 * 1.7 ** (8 + i) * (1 + 0.1 * (rng() - 0.5)) }));
    expect(fitExponential(pts).base).toBeGreaterThan(1.65);
    expect(fitExponential(pts).base).toBeLessThan(1.75);
  });
  it('fits per gate and extrapolates a layer by gate count', () => {
    // per-gate time exactly 1e-5 · 2^n ms
    const timings = [10, 11, 12, 13].map((n) => ({ n, msPerLayer: gatesPerLayer(n, 'h-cx') * 1e-5 * 2 ** n, reps: 1, gates: gatesPerLayer(n, 'h-cx'), stateBytes: 0, engine: 'gates' as const, cores: 1 }));
    const f = fitPerGate(timings)!;
    expect(f.base).toBeCloseTo(2, 10);
    const e = extrapolateLayer(f, 30, 'h-cx');
    expect(e.msPerLayer).toBeCloseTo(59 * 1e-5 * 2 ** 30, -2);
    expect(e.bytes).toBe(16 * 2 ** 30);
    expect(e.bitsPerShot).toBe(30);
    expect(fitPerGate(timings.slice(0, 2))).toBeNull();
    // doubling from n = 13: per gate 1e-5 · 2^13 ms, times 2^17 to reach n = 30, times 59 gates
    expect(extrapolateByDoubling(timings[3]!, 30, 'h-cx')).toBeCloseTo(59 * 1e-5 * 2 ** 30, -2);
  });
});

describe('layers', () => {
  it('are valid circuits with the stated gate counts', () => {
    for (const n of [1, 2, 5]) {
      for (const kind of ['h-cx', 'random'] as const) {
        const c = layerCircuit(n, kind, createRng(1));
        expect(validateCircuit(c)).toEqual([]);
        expect(c.ops.length).toBe(gatesPerLayer(n, kind));
      }
    }
    expect(gatesPerLayer(3, 'h-cx')).toBe(5);
  });
});

describe('formatDuration', () => {
  it('picks readable units', () => {
    expect(formatDuration(0.5)).toBe('500 µs');
    expect(formatDuration(1500)).toBe('1.5 s');
    expect(formatDuration(3 * 86_400_000)).toBe('3 days');
    expect(formatDuration(10 * 31_557_600_000)).toBe('10 years');
  });
});
