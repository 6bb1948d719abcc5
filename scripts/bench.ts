/**
 * `npm run bench`: how fast the state-vector engine is, against quantum-circuit and against the machine's own
 * memory bandwidth, plus sampling throughput and a Born-machine gradient step; the same suite (src/lib/bench) in Node
 * and in Chromium (the /bench/ page, driven by Playwright), printed side by side; then the time of a full build and
 * of the last full `npm test`.
 *
 *   --full       adds 24 qubits and runs quantum-circuit up to 16 qubits (about 20 s there on its own)
 *   --no-browser Node only (no build, no Chromium)
 *   --test       also runs `npm test` now and times it (8 to 15 minutes); otherwise the last run's time is shown
 *   --variants   only the engine-variants table (today's kernels, fused, fused + threaded, native C) and bench.json
 *
 * The engine-variants table also goes to test-results/bench.json as rows {runtime, n, variant, ms, maxDiff}.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import QuantumCircuit from 'quantum-circuit';
import { chromium } from 'playwright-core';
import {
  formatMs, measureBandwidth, measureBornGradient, measureCircuits, measureSampling, measureVariants, quantumCircuitRunner,
  type BandwidthRow, type CircuitRow, type GradientRow, type SamplingRow, type VariantRow,
} from '../src/lib/bench';
import { createThreadPool } from '../src/lib/quantum/threads-node';
import { compileNative } from './lib/native-bench';
import type { QuantumCircuitConstructor } from '../src/lib/qasm/load-quantum-circuit';
import { findChromium } from './lib/find-chromium.mjs';

const args = process.argv.slice(2);
const full = args.includes('--full');
const browser = !args.includes('--no-browser');
const runTests = args.includes('--test');
const variantsOnly = args.includes('--variants');
const VARIANT_SIZES = full ? [12, 16, 20, 22, 24] : [12, 16, 20, 22];
const SIZES = full ? [4, 8, 12, 16, 20, 22, 24] : [4, 8, 12, 16, 20, 22];

interface Results { circuits: CircuitRow[]; variants?: VariantRow[]; threads?: { threads: number; isolated: boolean }; bandwidth: BandwidthRow[]; sampling: SamplingRow[]; gradient: GradientRow[] }

const pad = (s: string | number, w: number) => String(s).padStart(w);

function print(title: string, r: Results) {
  console.log(`\n##### ${title}`);
  console.log('Random circuits of depth n (n layers of random single-qubit rotations + a CX ladder)');
  console.log(`${pad('n', 3)} ${pad('gates', 6)} ${pad('engine/circuit', 15)} ${pad('engine/gate', 12)} ${pad('q-circuit', 11)} ${pad('ratio', 8)} ${pad('max |Δamp|', 11)}`);
  for (const c of r.circuits) {
    const other = c.otherMs === undefined ? ['', '', ''] : [formatMs(c.otherMs), `${Math.round(c.otherMs / c.engineMs)}x`, c.maxDiff!.toExponential(1)];
    console.log(`${pad(c.n, 3)} ${pad(c.gates, 6)} ${pad(formatMs(c.engineMs), 15)} ${pad(formatMs(c.engineMs / c.gates), 12)} ${pad(other[0]!, 11)} ${pad(other[1]!, 8)} ${pad(other[2]!, 11)}`);
  }
  console.log('\nMemory bandwidth at 20 qubits (state = 16 MiB; bytes = 2 arrays × 8 B × 2^n, read + written)');
  console.log(`${pad('operation', 24)} ${pad('time', 10)} ${pad('GB/s', 7)} ${pad('of copy', 8)}`);
  for (const b of r.bandwidth) console.log(`${pad(b.label, 24)} ${pad(formatMs(b.ms), 10)} ${pad(b.gbps.toFixed(1), 7)} ${pad(`${Math.round(100 * b.ofCopy)}%`, 8)}`);
  console.log('\nSampling from a prepared distribution (random state, alias method, seeded rng)');
  console.log(`${pad('qubits', 7)} ${pad('prepare', 10)} ${pad('draws/s', 12)}`);
  for (const s of r.sampling) console.log(`${pad(s.n, 7)} ${pad(formatMs(s.prepareMs), 10)} ${pad(`${(s.drawsPerSecond / 1e6).toFixed(1)} M`, 12)}`);
  console.log('\nOne Born-machine gradient (MMD loss): adjoint method vs parameter shift (2P circuit runs)');
  console.log(`${pad('model', 34)} ${pad('angles', 7)} ${pad('adjoint', 10)} ${pad('shift', 10)} ${pad('ratio', 7)}`);
  for (const g of r.gradient) console.log(`${pad(g.label, 34)} ${pad(g.params, 7)} ${pad(formatMs(g.adjointMs), 10)} ${pad(formatMs(g.shiftMs), 10)} ${pad(`${Math.round(g.shiftMs / g.adjointMs)}x`, 7)}`);
}

function printVariants(rows: VariantRow[], note: string) {
  console.log(`\nEngine variants, same circuits (n layers of rotations + a CX ladder, n(2n − 1) gates); ${note}`);
  console.log('ratios: how many times faster than today\'s kernels (baseline); "vs C": native time / this time (≥ 1 = at least as fast as C)');
  console.log(`${pad('n', 3)} ${pad('gates', 6)} ${pad('baseline', 10)} ${pad('fused', 17)} ${pad('threaded', 17)} ${pad('native C', 17)} ${pad('threaded vs C', 14)} ${pad('max |Δamp|', 11)}`);
  for (const n of [...new Set(rows.map((r) => r.n))]) {
    const of = (v: string) => rows.find((r) => r.n === n && r.variant === v);
    const base = of('baseline')!;
    const cell = (v: string) => {
      const r = of(v);
      return r ? `${formatMs(r.ms)} (${(base.ms / r.ms).toFixed(2)}x)` : '—';
    };
    const t = of('threaded');
    const c = of('native');
    const vsC = t && c ? `${(c.ms / t.ms).toFixed(2)}` : '—';
    const d = Math.max(...rows.filter((r) => r.n === n).map((r) => r.maxDiff));
    console.log(`${pad(n, 3)} ${pad(n * (2 * n - 1), 6)} ${pad(formatMs(base.ms), 10)} ${pad(cell('fused'), 17)} ${pad(cell('threaded'), 17)} ${pad(cell('native'), 17)} ${pad(vsC, 14)} ${pad(d.toExponential(1), 11)}`);
  }
}

/** Node's variants: the thread pool on every core the OS offers, and the C build when there is a compiler. */
async function nodeVariants(): Promise<VariantRow[]> {
  const native = compileNative();
  const pool = await createThreadPool(availableParallelism());
  try {
    const rows = measureVariants(VARIANT_SIZES, {
      threaded: (c) => pool.run(c),
      native: typeof native === 'string' ? undefined : (c, runs) => native.run(c, runs),
    });
    printVariants(rows, `Node, ${pool.threads} threads; native: ${typeof native === 'string' ? native : `${native.compiler}, -O3 -march=native, 1 thread`}`);
    return rows;
  } finally {
    await pool.close();
  }
}

function writeBenchJson(rows: { runtime: string; n: number; variant: string; ms: number; maxDiff: number }[]) {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench.json', JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, loadAverage: loadavg(), rows }, null, 2) + '\n');
  console.log('\nWrote test-results/bench.json');
}

async function inChromium(): Promise<Results> {
  const exe = findChromium();
  if (!exe) throw new Error('no Chromium found (set CHROME_PATH or install chromium)');
  const port = 4398;
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true });
  try {
    const base = `http://127.0.0.1:${port}${process.env.COURSE_BASE ?? '/'}`;
    for (let i = 0; i < 60; i++) {
      if (await fetch(base).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const b = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await b.newPage();
      await page.goto(`${base}bench/`);
      // The second visit is the one a returning learner gets: the service worker, installed by the first, serves the
      // page with the headers that make it cross-origin isolated, so the threaded row can run.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      });
      await page.reload();
      await page.locator('astro-island:not([ssr])').waitFor();
      await page.getByTestId('bench-start').click();
      const section = page.locator('section.bench');
      await page.locator('section.bench[data-phase="done"], section.bench[data-phase="error"]').waitFor({ timeout: 300_000 });
      if ((await section.getAttribute('data-phase')) === 'error') throw new Error((await section.getByRole('status').textContent()) ?? 'failed');
      console.log(`\nChromium ${b.version()}`);
      return JSON.parse((await page.getByTestId('bench-json').textContent())!) as Results;
    } finally {
      await b.close();
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

console.log(`quantum engine bench (${full ? 'full' : 'default; --full for 24 qubits and quantum-circuit to 16'}), Node ${process.version}`);
// Timings on a shared machine are only comparable at similar load, so say what the load was.
console.log(`${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start`);

const variantRows = (await nodeVariants()).map((r) => ({ runtime: 'node', ...r }));
writeBenchJson(variantRows);
if (variantsOnly) process.exit(0);

const node: Results = {
  circuits: measureCircuits(SIZES, { run: quantumCircuitRunner(QuantumCircuit as unknown as QuantumCircuitConstructor), maxQubits: full ? 16 : 12 }),
  bandwidth: measureBandwidth(20),
  sampling: measureSampling([10, 16, 20]),
  gradient: measureBornGradient(),
};
print('Node', node);

if (browser) {
  const t0 = Date.now();
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const buildSeconds = (Date.now() - t0) / 1000;
  console.log(`\nFull build (npm run build: astro build, search index, service worker): ${buildSeconds.toFixed(1)} s${build.status === 0 ? '' : ' — FAILED'} (target: at most 60 s)`);
  if (build.status === 0) {
    try {
      const r = await inChromium();
      print('Chromium (the /bench/ page)', r);
      if (r.variants) {
        const t = r.threads;
        printVariants(r.variants, `Chromium, ${t && t.threads > 1 ? `${t.threads} threads, cross-origin isolated by the service worker` : `1 thread (${t?.isolated ? 'isolated, but one core' : 'the page is not cross-origin isolated, so no shared memory for threads'})`}; no native row`);
        writeBenchJson([...variantRows, ...r.variants.map((v) => ({ runtime: 'chromium', ...v }))]);
      }
    } catch (err) {
      console.log(`\nChromium run skipped: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

if (runTests) {
  const t0 = Date.now();
  const r = spawnSync('npm', ['test'], { stdio: 'ignore' });
  console.log(`\nFull test (npm test, just now): ${((Date.now() - t0) / 60000).toFixed(1)} min, ${r.status === 0 ? 'passed' : 'FAILED'} (target: at most 8 min)`);
} else if (existsSync('test-results/test-timing.json')) {
  const t = JSON.parse(readFileSync('test-results/test-timing.json', 'utf8')) as { date: string; seconds: number; stages: Record<string, number> };
  const stages = Object.entries(t.stages).map(([k, v]) => `${k} ${Math.round(v)} s`).join(', ');
  console.log(`\nFull test (last npm test, ${t.date}): ${(t.seconds / 60).toFixed(1)} min (${stages}) (target: at most 8 min; --test to time it now)`);
} else {
  console.log('\nFull test time: no record yet; run npm test, or npm run bench -- --test');
}
