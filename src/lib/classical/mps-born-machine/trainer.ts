/**
 * The MPS Born machine trained exactly like the circuit Born machine (src/lib/born-machine/trainer.ts): the same
 * bars-and-stripes target, the same squared-MMD loss with the same kernel, Adam, and the same statistics (loss and
 * valid-pattern rate χ, both exact), so the two can be set side by side. Han et al. (2018) train with a sweep
 * analogous to DMRG that can also adjust the bond dimensions; here the loss and optimiser are the circuit's on purpose,
 * so that the only difference is the model.
 */
import { barsAndStripes, basDistribution } from '../../datasets';
import { createAdam } from '../../born-machine/optimisers';
import { validRate } from '../../born-machine/trainer';
import { createRng } from '../../quantum';
import { mpsMmdGradient } from './gradient';
import { randomMps, type Mps } from './mps';
import { createMpsSampler } from './sample';

export interface MpsTrainerConfig {
  rows: number;
  cols: number;
  /** The bond dimension cap D. */
  bondDim: number;
  /** Adam's learning rate. */
  lr: number;
  seed: number;
}

export interface MpsTrainerStats {
  step: number;
  /** Squared MMD of the current model, exact. */
  loss: number;
  /** Valid-pattern rate χ, exact. */
  chi: number;
  gradientEvaluations: number;
}

export interface MpsTrainer {
  readonly config: MpsTrainerConfig;
  readonly mps: Mps;
  readonly numParams: number;
  stats(): MpsTrainerStats;
  probs(): Float64Array;
  step(): MpsTrainerStats;
  /** `count` exact samples from the current model, seeded by `seed`. */
  sample(count: number, seed: number): number[];
}

export function createMpsTrainer(config: MpsTrainerConfig): MpsTrainer {
  const { rows, cols, bondDim, lr, seed } = config;
  const n = rows * cols;
  const data = basDistribution(rows, cols);
  const valid = barsAndStripes(rows, cols).indices;
  const mps = randomMps(n, bondDim, createRng(seed));
  const adam = createAdam(mps.theta.length, lr);
  let gradientEvaluations = 0;
  let stepCount = 0;
  let current = mpsMmdGradient(mps, data);
  gradientEvaluations++;

  const stats = (): MpsTrainerStats => ({ step: stepCount, loss: current.loss, chi: validRate(current.probs, valid), gradientEvaluations });

  return {
    config,
    mps,
    numParams: mps.theta.length,
    stats,
    probs: () => current.probs,
    step() {
      adam.step(mps.theta, current.gradient);
      current = mpsMmdGradient(mps, data);
      gradientEvaluations++;
      stepCount++;
      return stats();
    },
    sample(count, s) {
      const draw = createMpsSampler(mps);
      const rng = createRng(s);
      return Array.from({ length: count }, () => draw(rng));
    },
  };
}
