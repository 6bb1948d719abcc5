/**
 * Reproducing Liu & Wang's table (Phys. Rev. A 98, 062324 (2018), arXiv:1804.04168, Sec. IV): the 9-qubit, depth-10
 * Born machine (279 angles) trained on the 14 valid 3×3 bars-and-stripes images with the σ = 0.5, 1, 2, 4 MMD loss.
 * One definition of the settings, the run loop and the summary, shared by `npm run reproduce -- liu-wang` (Node) and
 * the lesson's island (a worker), so the page and the script report the same experiment.
 *
 * What the paper leaves open, and what is chosen here (the table says so beside the figures):
 * - Step counts: the paper does not state them for the χ table. The authors' published code (GitHub
 *   GiggleLiu/QuantumCircuitBornMachine, gbm/train.py and gbm/program.py) runs 1,000 iterations by default, for Adam
 *   (climin, step rate 0.1) and for scipy's L-BFGS-B alike, so the course uses 1,000 for every row.
 * - L-BFGS-B is scipy's; the course uses its own compact L-BFGS (see ../born-machine/lbfgs.ts), run until its line
 *   search can no longer lower the loss or the iteration budget ends.
 * - χ and the MMD reported are exact (from the simulated distribution), as the paper's are.
 */
import { createTrainer, type GradientMode, type OptimiserName, type Trainer, type TrainerStats } from '../born-machine/trainer';

/** One row of the paper's table and how the course reruns it. */
export interface LiuWangSetting {
  /** Stable identifier, used by `--only=` and the island. */
  id: 'lbfgs-exact' | 'adam-exact' | 'adam-20000' | 'adam-2000';
  /** What a reader sees in the table. */
  label: string;
  optimiser: OptimiserName;
  /** Shots per circuit for the parameter-shift gradient; null = exact (adjoint) gradients. */
  shots: number | null;
  /** Optimiser steps (Adam) or iterations (L-BFGS) in a full run. */
  steps: number;
  /** The paper's valid-sample rate χ (fraction) and, where it gives one, its final squared MMD. */
  paper: { chi: number; mmd: number | null };
}

/** The model and optimiser settings the paper states. */
export const LIU_WANG_MODEL = { rows: 3, cols: 3, depth: 10, lr: 0.1 } as const;

/** In running order: the cheap rows first, so a learner sees results in seconds and can cancel the slowest. */
export const LIU_WANG_SETTINGS: readonly LiuWangSetting[] = [
  { id: 'lbfgs-exact', label: 'L-BFGS, exact gradient', optimiser: 'lbfgs', shots: null, steps: 1000, paper: { chi: 0.999, mmd: 2.4e-7 } },
  { id: 'adam-exact', label: 'Adam, exact gradient (N = ∞)', optimiser: 'adam', shots: null, steps: 1000, paper: { chi: 0.954, mmd: null } },
  { id: 'adam-2000', label: 'Adam, N = 2,000 shots', optimiser: 'adam', shots: 2_000, steps: 1000, paper: { chi: 0.886, mmd: null } },
  { id: 'adam-20000', label: 'Adam, N = 20,000 shots', optimiser: 'adam', shots: 20_000, steps: 1000, paper: { chi: 0.924, mmd: null } },
];

/** The target for the finite-shot rows: the mean over seeds within this many percentage points of the paper. */
export const SHOT_TARGET_PP = 5;

export function settingById(id: string): LiuWangSetting {
  const s = LIU_WANG_SETTINGS.find((x) => x.id === id);
  if (!s) throw new Error(`Unknown setting "${id}": choose from ${LIU_WANG_SETTINGS.map((x) => x.id).join(', ')}`);
  return s;
}

export interface RunResult {
  settingId: LiuWangSetting['id'];
  seed: number;
  steps: number;
  /** Exact χ of the final model, as a fraction. */
  chi: number;
  /** Exact squared MMD of the final model. */
  mmd: number;
  /** Training time, measured by the caller's clock. */
  ms: number;
  circuitRuns: number;
  shots: number;
}

/** A run that advances one step at a time, so a worker can slice it and a script can run it flat out. */
export interface LiuWangRun {
  readonly setting: LiuWangSetting;
  readonly seed: number;
  readonly steps: number;
  readonly trainer: Trainer;
  /** True once the step budget is spent or L-BFGS can make no more progress. */
  readonly done: boolean;
  /** One optimiser step; returns the trainer's stats after it. */
  step(): TrainerStats;
  result(ms: number): RunResult;
}

export function startRun(setting: LiuWangSetting, seed: number, steps = setting.steps): LiuWangRun {
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`The seed must be a whole number ≥ 0, got ${seed}`);
  if (!Number.isInteger(steps) || steps < 1) throw new Error(`The step count must be a whole number ≥ 1, got ${steps}`);
  const mode: GradientMode = setting.shots === null ? { kind: 'exact' } : { kind: 'shots', shots: setting.shots };
  const trainer = createTrainer({ ...LIU_WANG_MODEL, seed, mode, optimiser: setting.optimiser });
  let stalled = 0;
  let done = false;
  return {
    setting,
    seed,
    steps,
    trainer,
    get done() {
      return done;
    },
    step() {
      const before = trainer.stats().loss;
      const s = trainer.step();
      // L-BFGS at a minimum stops moving; three iterations without a lower loss means it has converged.
      stalled = setting.optimiser === 'lbfgs' && !(s.loss < before) ? stalled + 1 : 0;
      if (s.step >= steps || stalled >= 3) done = true;
      return s;
    },
    result(ms) {
      const s = trainer.stats();
      return { settingId: setting.id, seed, steps: s.step, chi: s.chi, mmd: s.loss, ms, circuitRuns: s.circuitRuns, shots: s.shots };
    },
  };
}

/** Runs a setting to the end; `onStep` sees every step (for progress lines). */
export function runToEnd(
  setting: LiuWangSetting,
  seed: number,
  opts: { steps?: number; now?: () => number; onStep?: (s: TrainerStats, run: LiuWangRun) => void } = {},
): RunResult {
  const now = opts.now ?? (() => performance.now());
  const run = startRun(setting, seed, opts.steps);
  const t0 = now();
  while (!run.done) {
    const s = run.step();
    opts.onStep?.(s, run);
  }
  return run.result(now() - t0);
}

export interface SettingSummary {
  setting: LiuWangSetting;
  seeds: number[];
  /** Mean, lowest and highest χ over the seeds (fractions). */
  chiMean: number;
  chiMin: number;
  chiMax: number;
  mmdMean: number;
  /** Mean steps actually taken (L-BFGS may stop early). */
  stepsMean: number;
  msMean: number;
  /** Course minus paper, in percentage points. */
  diffPp: number;
  /** For finite-shot rows: whether the mean is within SHOT_TARGET_PP of the paper; null for exact rows. */
  withinTarget: boolean | null;
}

/** Groups results by setting, in the table's order, and compares each group's mean with the paper. */
export function summarise(results: readonly RunResult[]): SettingSummary[] {
  const out: SettingSummary[] = [];
  for (const setting of LIU_WANG_SETTINGS) {
    const rs = results.filter((r) => r.settingId === setting.id);
    if (rs.length === 0) continue;
    const mean = (f: (r: RunResult) => number) => rs.reduce((a, r) => a + f(r), 0) / rs.length;
    const chiMean = mean((r) => r.chi);
    const diffPp = 100 * (chiMean - setting.paper.chi);
    out.push({
      setting,
      seeds: rs.map((r) => r.seed),
      chiMean,
      chiMin: Math.min(...rs.map((r) => r.chi)),
      chiMax: Math.max(...rs.map((r) => r.chi)),
      mmdMean: mean((r) => r.mmd),
      stepsMean: mean((r) => r.steps),
      msMean: mean((r) => r.ms),
      diffPp,
      withinTarget: setting.shots === null ? null : Math.abs(diffPp) <= SHOT_TARGET_PP,
    });
  }
  return out;
}

export const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** The summary as a plain-text table with the paper's figures beside the course's. */
export function formatTable(summaries: readonly SettingSummary[]): string {
  const head = ['setting', 'steps', 'seeds', 'χ (course: mean, range)', 'χ (paper)', 'Δ', 'MMD² (course)', 'MMD² (paper)'];
  const rows = summaries.map((s) => [
    s.setting.label,
    String(Math.round(s.stepsMean)),
    s.seeds.join(','),
    `${pct(s.chiMean)} (${pct(s.chiMin)}–${pct(s.chiMax)})`,
    pct(s.setting.paper.chi),
    `${s.diffPp >= 0 ? '+' : ''}${s.diffPp.toFixed(1)} pp${s.withinTarget === null ? '' : s.withinTarget ? ' ✓' : ' ✗'}`,
    s.mmdMean.toExponential(1),
    s.setting.paper.mmd === null ? '—' : s.setting.paper.mmd.toExponential(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
