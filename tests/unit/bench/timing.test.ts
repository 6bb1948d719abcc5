import { afterEach, describe, expect, it, vi } from 'vitest';
import { medianMs } from '../../../src/lib/bench';

afterEach(() => vi.restoreAllMocks());

/** A clock that only moves when the timed function says so, with the given granularity (like a browser's). */
function fakeClock(granularityMs: number) {
  let t = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => Math.floor(t / granularityMs) * granularityMs);
  return (ms: number) => { t += ms; };
}

describe('medianMs', () => {
  it('recovers a 3 µs call through a clock that ticks every 100 µs, by timing batches', () => {
    const advance = fakeClock(0.1);
    const perCall = medianMs(() => advance(0.003), 50);
    expect(perCall).toBeGreaterThan(0.0027);
    expect(perCall).toBeLessThan(0.0033);
  });
  it('takes the median, so one slow outlier (a garbage collection) does not move it', () => {
    const advance = fakeClock(0.001);
    let calls = 0;
    const perCall = medianMs(() => advance(++calls === 40 ? 500 : 5), 200);
    expect(perCall).toBeCloseTo(5, 6);
  });
  it('runs a slow call exactly once when minMs is 0', () => {
    const advance = fakeClock(0.001);
    let calls = 0;
    expect(medianMs(() => { calls++; advance(1234); }, 0)).toBe(1234);
    expect(calls).toBe(1);
  });
});

describe('medianMs calibration', () => {
  it('is not fooled by a slow first call: a 10 ms cold start, then 3 µs calls, still reads 3 µs', () => {
    const advance = fakeClock(0.1);
    let calls = 0;
    const perCall = medianMs(() => advance(++calls === 1 ? 10 : 0.003), 50);
    expect(perCall).toBeGreaterThan(0.0027);
    expect(perCall).toBeLessThan(0.0033);
  });
});

describe('medianMs with a long cold start', () => {
  it('reads 3 µs even when the first two calls take 5 ms each', () => {
    const advance = fakeClock(0.1);
    let calls = 0;
    const perCall = medianMs(() => advance(++calls <= 2 ? 5 : 0.003), 50);
    expect(perCall).toBeGreaterThan(0.0027);
    expect(perCall).toBeLessThan(0.0033);
  });
});
