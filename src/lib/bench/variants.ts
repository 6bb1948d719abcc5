/**
 * Today's kernels, fused, fused and threaded, and a native C build, on the same benchmark circuits, interleaved
 * size by size so all four see the same load on a shared machine. The threaded and native runners are passed in:
 * Node has worker_threads and a C compiler, a browser page may have neither.
 */
import { createRng, runCircuit, runFused, type Circuit, type StateVector } from '../quantum';
import { benchCircuit } from './suite';
import { medianMs } from './timing';

export type Variant = 'baseline' | 'fused' | 'threaded' | 'native';

export interface VariantRow {
  n: number;
  variant: Variant;
  ms: number;
  /** largest |amplitude − baseline amplitude| (over the first four amplitudes for native) */
  maxDiff: number;
}

export interface VariantRunners {
  threaded?: (c: Circuit) => StateVector;
  native?: (c: Circuit, runs: number) => { ms: number; amps: [number, number][] };
}

const diff = (a: StateVector, b: StateVector) => {
  let d = 0;
  for (let k = 0; k < a.re.length; k++) d = Math.max(d, Math.hypot(a.re[k]! - b.re[k]!, a.im[k]! - b.im[k]!));
  return d;
};

/** Three runs (median) at 20 qubits and above, where one run takes a second or more; else at least 300 ms of runs. */
function time(fn: () => void, n: number): number {
  return n >= 22 ? medianMs(fn, 0) : n >= 20 ? medianMs(fn, 1, 3) : medianMs(fn, 300);
}

export function measureVariants(sizes: readonly number[], runners: VariantRunners = {}): VariantRow[] {
  const rows: VariantRow[] = [];
  for (const n of sizes) {
    const c = benchCircuit(n, createRng(n));
    const base = runCircuit(c);
    rows.push({ n, variant: 'baseline', ms: time(() => runCircuit(c), n), maxDiff: 0 });
    let fused = runFused(c);
    rows.push({ n, variant: 'fused', ms: time(() => { fused = runFused(c); }, n), maxDiff: diff(fused, base) });
    if (runners.threaded) {
      const run = runners.threaded;
      let s = run(c);
      rows.push({ n, variant: 'threaded', ms: time(() => { s = run(c); }, n), maxDiff: diff(s, base) });
    }
    if (runners.native) {
      const r = runners.native(c, n >= 22 ? 1 : n >= 20 ? 3 : 20);
      const d = Math.max(...r.amps.map(([re, im], k) => Math.hypot(re - base.re[k]!, im - base.im[k]!)));
      rows.push({ n, variant: 'native', ms: r.ms, maxDiff: d });
    }
  }
  return rows;
}
