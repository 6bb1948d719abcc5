/**
 * The benchmark suite shared by `npm run bench` (Node) and the /bench/ page (the browser), so both print the same
 * measurements of the same circuits. Each function returns rows; printing is the caller's business. Nothing here
 * imports quantum-circuit: the caller passes it in, since Node loads it statically and the page lazily.
 */
import { GATES, createRng, createSampler, createZeroState, probabilities, runCircuit, type Circuit, type GateOp, type Rng, type StateVector } from '../quantum';
import { adjointGradient, shiftGradient } from '../born-machine/gradients';
import { basEntangler, initialAngles } from '../born-machine/trainer';
import { buildAnsatz } from '../born-machine/ansatz';
import { basDistribution } from '../datasets';
import { medianMs } from './timing';

/** n layers of (a random rx/ry/rz on every qubit, then a CX ladder 0→1→...→n-1). */
export function benchCircuit(n: number, rng: Rng): Circuit {
  const ops: GateOp[] = [];
  const rot = ['rx', 'ry', 'rz'] as const;
  for (let layer = 0; layer < n; layer++) {
    for (let q = 0; q < n; q++) ops.push({ gate: rot[Math.floor(rng() * 3)]!, wires: [q], params: [rng() * 2 * Math.PI] });
    for (let q = 0; q + 1 < n; q++) ops.push({ gate: 'cx', wires: [q, q + 1] });
  }
  return { numQubits: n, ops };
}

/** Runs a circuit with another simulator and returns its amplitudes (quantum-circuit in practice). */
export type OtherSimulator = (c: Circuit) => { re: ArrayLike<number>; im: ArrayLike<number> };

export interface CircuitRow {
  n: number;
  gates: number;
  engineMs: number;
  otherMs?: number;
  /** largest |engine amplitude − other amplitude| */
  maxDiff?: number;
}

/**
 * The engine is timed for every size before the other simulator runs at all: quantum-circuit leaves a large heap
 * behind, and collecting it inside the engine's timing windows doubled the engine's figures at 8 to 12 qubits.
 */
export function measureCircuits(sizes: readonly number[], other?: { run: OtherSimulator; maxQubits: number }): CircuitRow[] {
  const rows = sizes.map((n) => {
    const c = benchCircuit(n, createRng(n));
    let state: StateVector = runCircuit(c);
    const engineMs = medianMs(() => {
      state = runCircuit(c);
    }, n >= 20 ? 0 : 300);
    return { n, c, state, engineMs };
  });
  return rows.map(({ n, c, state, engineMs }) => {
    const row: CircuitRow = { n, gates: c.ops.length, engineMs };
    if (other && n <= other.maxQubits) {
      let amps: { re: ArrayLike<number>; im: ArrayLike<number> } | undefined;
      row.otherMs = medianMs(() => {
        amps = other.run(c);
      }, 0, 1);
      let d = 0;
      for (let k = 0; k < state.re.length; k++) d = Math.max(d, Math.hypot(state.re[k]! - amps!.re[k]!, state.im[k]! - amps!.im[k]!));
      row.maxDiff = d;
    }
    return row;
  });
}

export interface BandwidthRow {
  label: string;
  ms: number;
  gbps: number;
  /** fraction of the plain copy's bandwidth */
  ofCopy: number;
}

/** A single-qubit gate reads and writes both arrays once, so a plain typed-array copy of the state is its ceiling. */
export function measureBandwidth(n: number): BandwidthRow[] {
  const dim = 2 ** n;
  const bytes = 2 * 2 * 8 * dim; // 2 arrays × 8 B × 2^n, read and written
  const gbps = (ms: number) => bytes / (ms / 1000) / 1e9;
  const src = [new Float64Array(dim).fill(1), new Float64Array(dim).fill(2)];
  const dst = [new Float64Array(dim), new Float64Array(dim)];
  const copyMs = medianMs(() => {
    dst[0]!.set(src[0]!);
    dst[1]!.set(src[1]!);
  }, 500);
  const copy = gbps(copyMs);
  const rows: BandwidthRow[] = [{ label: 'Float64Array copy', ms: copyMs, gbps: copy, ofCopy: 1 }];
  const state = createZeroState(n);
  const cases: [string, GateOp][] = [
    ['h on qubit 0', { gate: 'h', wires: [0] }],
    [`h on qubit ${n >> 1}`, { gate: 'h', wires: [n >> 1] }],
    [`h on qubit ${n - 1}`, { gate: 'h', wires: [n - 1] }],
    ['ry on qubit 7', { gate: 'ry', wires: [7], params: [0.3] }],
    ['rz on qubit 7 (diagonal)', { gate: 'rz', wires: [7], params: [0.3] }],
    [`cx 3→${n - 8}`, { gate: 'cx', wires: [3, n - 8] }],
  ];
  for (const [label, op] of cases) {
    const ms = medianMs(() => GATES[op.gate].apply(state, op.wires, op.params ?? []), 300);
    rows.push({ label, ms, gbps: gbps(ms), ofCopy: gbps(ms) / copy });
  }
  return rows;
}

export interface SamplingRow {
  n: number;
  prepareMs: number;
  drawsPerSecond: number;
}

/** Alias table built once from a random state, then draws with a seeded generator. */
export function measureSampling(sizes: readonly number[], draws = 10_000_000): SamplingRow[] {
  return sizes.map((n) => {
    const p = probabilities(runCircuit(benchCircuit(n, createRng(100 + n))));
    let draw: (rng: Rng) => number = () => 0;
    const prepareMs = medianMs(() => {
      draw = createSampler(p);
    }, 200);
    const rng = createRng(7);
    let sink = 0;
    const ms = medianMs(() => {
      for (let i = 0; i < draws; i++) sink ^= draw(rng);
    }, 1, 3); // the calibration run warms the sampler up; then one or two timed samples
    if (sink === -1) throw new Error('unreachable: keeps the draws from being optimised away');
    return { n, prepareMs, drawsPerSecond: draws / (ms / 1000) };
  });
}

export interface GradientRow {
  label: string;
  params: number;
  adjointMs: number;
  shiftMs: number;
}

/** One Born-machine gradient step: the adjoint method against parameter shift (2P circuit runs), same model. */
export function measureBornGradient(): GradientRow[] {
  return ([[2, 2, 3], [3, 3, 10]] as const).map(([rows, cols, depth]) => {
    const n = rows * cols;
    const a = buildAnsatz(n, depth, basEntangler(rows, cols));
    const theta = initialAngles(a.numParams, 1);
    const data = basDistribution(rows, cols);
    const adjointMs = medianMs(() => adjointGradient(a, theta, data), 300);
    const shiftMs = medianMs(() => shiftGradient(a, theta, data), 300, 20);
    return { label: `${rows}×${cols} bars and stripes, depth ${depth}`, params: a.numParams, adjointMs, shiftMs };
  });
}
