/**
 * Every exercise's grader with the modules that prove it: starter, reference solution, and which check must catch
 * each mutant. Adding an exercise means adding a line here (the self-tests then demand its mutants and alternates).
 */
import type { Grader } from '../../src/lib/exercises/types';
import { grader as sampler } from './01-sampler';
import { grader as noise } from './02-noise';
import { grader as energy } from './03-energy';

export interface ExerciseEntry {
  id: string;
  grader: Grader<never>;
  starter: () => Promise<unknown>;
  solution: () => Promise<unknown>;
  /** mutant file name (without .ts) -> id of the check that must fail for it */
  mutantCaughtBy: Record<string, string>;
  /** mutant -> checks that must still pass for it: checks for other mistakes must not blame this one */
  mutantNotBlamedBy?: Record<string, string[]>;
}

export const EXERCISES: ExerciseEntry[] = [
  {
    id: '01-sampler',
    grader: sampler as Grader<never>,
    starter: () => import('../../exercises/01-sampler/sampler'),
    solution: () => import('../../solutions/01-sampler/sampler'),
    mutantCaughtBy: {
      'abs-not-squared': 'probabilities',
      'dropped-imaginary': 'probabilities',
      'reversed-bit-order': 'bit-order',
      'off-by-one-search': 'distribution',
      'math-random': 'uses-rng',
      'without-replacement': 'with-replacement',
      'linear-scan': 'cost-per-draw',
      'counts-math-random': 'uses-rng',
      'zero-probability-drawn': 'zero-probability',
      'cdf-in-place': 'no-side-effects',
      'shared-result-buffer': 'no-side-effects',
      'float32-cdf': 'many-outcomes',
    },
  },
  {
    id: '02-noise',
    grader: noise as Grader<never>,
    starter: () => import('../../exercises/02-noise/noise'),
    solution: () => import('../../solutions/02-noise/noise'),
    mutantCaughtBy: {
      'four-thirds-convention': 'depolarizing',
      'lambda-as-p': 'lambda-conversion',
      'symmetric-readout': 'readout-error',
      'correlated-flips': 'readout-error',
      'noise-once': 'noise-every-gate',
      'no-clip-renormalise': 'mitigation',
      'damping-excites': 'amplitude-damping',
      'mitigation-raw-fallback': 'mitigation',
      'mitigation-abs-not-clip': 'mitigation',
      'mitigate-in-place': 'no-side-effects',
      'lambda-clamped': 'lambda-conversion',
    },
    mutantNotBlamedBy: {
      // A wrong depolarizing convention with a correct runNoisy is not told 'the noise was applied once'.
      'four-thirds-convention': ['noise-every-gate', 'no-side-effects'],
      'lambda-as-p': ['noise-every-gate'],
      'damping-excites': ['noise-every-gate'],
    },
  },
  {
    id: '03-energy',
    grader: energy as Grader<never>,
    starter: () => import('../../exercises/03-energy/energy'),
    solution: () => import('../../solutions/03-energy/energy'),
    mutantCaughtBy: {
      'x-basis-forgotten': 'unbiased',
      'sign-flipped': 'exact-energy',
      'periodic-bond-missing': 'exact-energy',
      'variance-as-std-error': 'calibrated',
      'shot-spread-as-error': 'calibrated',
      'equal-shot-split': 'shot-budget',
      'mitigation-wrong-power': 'readout-bias',
      'sigma-signed': 'group-std-devs',
      'periodic-n2-double-bond': 'exact-energy',
      'x-shots-from-zz': 'estimate-general',
      'estimate-imaginary-dropped': 'estimate-general',
      'estimate-math-random': 'reproducible',
      'cost-fixed-shot-rate': 'cost',
      'budget-rounded-down': 'shot-budget',
    },
  },
];
