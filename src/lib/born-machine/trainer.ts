/**
 * The training loop, one step at a time so that a worker can interleave steps with messages and a Node script can
 * run it flat out. It owns the angles, the optimiser and the honest cost counters:
 * - exact mode: the adjoint gradient, counted as 3 simulated circuit passes per gradient and no shots;
 * - shots mode: the parameter-shift estimator, 2P + 1 circuits of N shots each per gradient, as hardware would run.
 */
import { barsAndStripes, basDistribution } from '../datasets';
import { createRng, createSampler, type Rng } from '../quantum';
import { buildAnsatz, type Ansatz } from './ansatz';
import { chowLiuTree } from './chow-liu';
import { adjointGradient, shotGradient, type GradientResult } from './gradients';
import { mmdLoss } from './mmd-loss';
import { modelDistribution } from './simulate';
import { createAdam } from './optimisers';
import { createLbfgs } from './lbfgs';

export type GradientMode = { kind: 'exact' } | { kind: 'shots'; shots: number };
export type OptimiserName = 'adam' | 'lbfgs';

export interface TrainerConfig {
  rows: number;
  cols: number;
  depth: number;
  /** Adam's learning rate (ignored by L-BFGS). */
  lr: number;
  seed: number;
  mode: GradientMode;
  optimiser?: OptimiserName;
}

export interface TrainerStats {
  step: number;
  /** Squared MMD of the current model, exact. */
  loss: number;
  /** Valid-pattern rate χ: the probability the current model puts on bars-and-stripes images, exact. */
  chi: number;
  gradientEvaluations: number;
  /** Circuits run (shots mode) or simulated circuit passes (exact mode) so far. */
  circuitRuns: number;
  /** Measurements taken so far (0 in exact mode: a simulator reads the amplitudes). */
  shots: number;
}

export interface Trainer {
  readonly config: Required<TrainerConfig>;
  readonly ansatz: Ansatz;
  readonly data: Float64Array;
  readonly validIndices: readonly number[];
  readonly theta: Float64Array;
  stats(): TrainerStats;
  /** The current model distribution p_θ (exact). */
  probs(): Float64Array;
  /** One optimiser step; returns the stats after it. */
  step(): TrainerStats;
  /** `count` images drawn from the current model with a generator seeded by `seed`. */
  sample(count: number, seed: number): number[];
}

/** The entangler: CNOTs along the Chow–Liu tree of the data, as Liu & Wang do. */
export function basEntangler(rows: number, cols: number): Array<[number, number]> {
  return chowLiuTree(basDistribution(rows, cols), rows * cols);
}

/** Uniform initial angles in [0, 2π) from the seed. */
export function initialAngles(numParams: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: numParams }, () => rng() * 2 * Math.PI);
}

export function validRate(probs: ArrayLike<number>, valid: readonly number[]): number {
  let m = 0;
  for (const k of valid) m += probs[k]!;
  return m;
}

export function createTrainer(cfg: TrainerConfig): Trainer {
  const config: Required<TrainerConfig> = { optimiser: 'adam', ...cfg };
  const { rows, cols, depth, lr, seed, mode, optimiser } = config;
  if (optimiser === 'lbfgs' && mode.kind !== 'exact') throw new Error('L-BFGS needs exact gradients: its line search cannot cope with shot noise');
  const n = rows * cols;
  const ansatz = buildAnsatz(n, depth, basEntangler(rows, cols));
  const data = basDistribution(rows, cols);
  const validIndices = barsAndStripes(rows, cols).indices;
  const theta = initialAngles(ansatz.numParams, seed);
  // A separate stream for shot noise, so the initial angles do not depend on the mode.
  const shotRng: Rng = createRng(seed * 2654435761 + 1);

  let stepCount = 0;
  let gradientEvaluations = 0;
  let circuitRuns = 0;
  let shots = 0;

  const evaluate = (th: ArrayLike<number>): GradientResult => {
    gradientEvaluations++;
    if (mode.kind === 'exact') {
      circuitRuns += 3;
      return adjointGradient(ansatz, th, data);
    }
    circuitRuns += 2 * ansatz.numParams + 1;
    shots += (2 * ansatz.numParams + 1) * mode.shots;
    return shotGradient(ansatz, th, data, mode.shots, shotRng);
  };

  // Exact loss and χ of the current angles, for display: the simulator's view, never used by the shots-mode learner.
  const exactView = (th: ArrayLike<number>): { loss: number; probs: Float64Array } => {
    const probs = modelDistribution(ansatz, th);
    return { loss: mmdLoss(probs, data), probs };
  };
  const adam = createAdam(ansatz.numParams, lr);
  const lbfgs = optimiser === 'lbfgs' ? createLbfgs(ansatz.numParams) : null;
  // In exact mode the gradient at the current angles is kept from the last evaluation (Adam needs it next step).
  let pending: GradientResult | null = null;
  let current = exactView(theta);

  const stats = (): TrainerStats => ({
    step: stepCount,
    loss: current.loss,
    chi: validRate(current.probs, validIndices),
    gradientEvaluations,
    circuitRuns,
    shots,
  });

  return {
    config,
    ansatz,
    data,
    validIndices,
    theta,
    stats,
    probs: () => current.probs,
    step() {
      if (lbfgs) {
        lbfgs.step(theta, (th) => {
          const r = evaluate(th);
          return { value: r.loss, gradient: r.gradient };
        });
        current = exactView(theta);
      } else if (mode.kind === 'exact') {
        const r = pending ?? evaluate(theta);
        adam.step(theta, r.gradient);
        pending = evaluate(theta);
        current = { loss: pending.loss, probs: pending.probs };
      } else {
        adam.step(theta, evaluate(theta).gradient);
        current = exactView(theta);
      }
      stepCount++;
      return stats();
    },
    sample(count, s) {
      const draw = createSampler(current.probs);
      const rng = createRng(s);
      return Array.from({ length: count }, () => draw(rng));
    },
  };
}
