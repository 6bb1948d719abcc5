/**
 * Robust timing of a short function in a browser. The first calls run before the JIT has optimised the code, and
 * other programs steal the CPU in bursts, so: warm up untimed, then time several windows and keep the fastest
 * window's mean. The fastest window is the best estimate of what the computation itself costs.
 */
export interface TimingOptions {
  warmupMs?: number;
  windowMs?: number;
  windows?: number;
  now?: () => number;
}

export function measureMs(fn: () => void, opts: TimingOptions = {}): { ms: number; calls: number } {
  const { warmupMs = 20, windowMs = 15, windows = 5 } = opts;
  const now = opts.now ?? (() => performance.now());
  let t0 = now();
  let calls = 0;
  do {
    fn();
    calls++;
  } while (now() - t0 < warmupMs && calls < 1_000_000);
  let best = Infinity;
  for (let w = 0; w < windows; w++) {
    t0 = now();
    let reps = 0;
    let elapsed = 0;
    do {
      fn();
      reps++;
      elapsed = now() - t0;
    } while (elapsed < windowMs && reps < 1_000_000);
    calls += reps;
    best = Math.min(best, elapsed / reps);
  }
  return { ms: best, calls };
}

/**
 * Times two functions in alternating windows, so a burst of load from elsewhere hits both alike and their ratio
 * stays meaningful; returns the fastest window of each.
 */
export function measurePairMs(a: () => void, b: () => void, opts: TimingOptions = {}): { a: number; b: number } {
  const { warmupMs = 20, windowMs = 15, windows = 5 } = opts;
  const single = { warmupMs: 0, windowMs, windows: 1, now: opts.now };
  measureMs(a, { ...single, windowMs: warmupMs / 2 });
  measureMs(b, { ...single, windowMs: warmupMs / 2 });
  let bestA = Infinity;
  let bestB = Infinity;
  for (let w = 0; w < windows; w++) {
    bestA = Math.min(bestA, measureMs(a, single).ms);
    bestB = Math.min(bestB, measureMs(b, single).ms);
  }
  return { a: bestA, b: bestB };
}
