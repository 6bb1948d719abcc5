/**
 * Median time of one call of `fn`, sampling until at least `minMs` has been spent (one sample at least).
 *
 * Two traps shape it. Browsers coarsen performance.now() (to 100 µs in a page that is not cross-origin isolated), so
 * a fast call is timed in batches, doubled until a batch takes at least 2 ms, and the batch time divided. And small
 * circuits must run long enough to reach the optimising compiler: 50 runs of a 0.2 ms circuit never do, which once
 * made 8 qubits look several times slower than it is; the calibration doubles as that warm-up. With minMs = 0 the
 * call runs exactly once, for work too slow to repeat.
 */
export function medianMs(fn: () => void, minMs = 300, maxSamples = 100_000): number {
  let batch = 1;
  if (minMs > 0) {
    // A batch must take 2 ms twice in a row: the very first call is often slow (compilation, lazy set-up) and would
    // otherwise fix the batch at 1 for a call that, once warm, is far below the clock's resolution.
    let confirmed = false;
    while (batch < 1 << 20) {
      const t0 = performance.now();
      for (let i = 0; i < batch; i++) fn();
      if (performance.now() - t0 >= 2) {
        if (confirmed) break;
        confirmed = true;
      } else {
        confirmed = false;
        batch *= 2;
      }
    }
  }
  const times: number[] = [];
  const start = performance.now();
  do {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    const raw = performance.now() - t0;
    // A sample under 1 ms means the calibration was still fooled by a slow start: grow the batch, drop the sample.
    if (minMs > 0 && raw < 1 && batch < 1 << 20) {
      batch *= 2;
      continue;
    }
    times.push(raw / batch);
  } while ((performance.now() - start < minMs || times.length === 0) && times.length < maxSamples);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export const formatMs = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(1)} µs`);
