/**
 * The graders the browser runs: the very check definitions `npm run grade` and vitest use (tests/graders), with the
 * helper files each starter imports. Imported only by the grading worker, so none of this reaches a page's own bundle.
 */
import type { Grader } from '../../../lib/exercises/types';
import { grader as sampler } from '../../../../tests/graders/01-sampler';
import { grader as noise } from '../../../../tests/graders/02-noise';
import { grader as energy } from '../../../../tests/graders/03-energy';
import * as density from '../../../../exercises/02-noise/density';
import * as tools from '../../../../exercises/03-energy/tools';

export interface BrowserExercise {
  grader: Grader<never>;
  /** Import path as the starter writes it → the module behind it. */
  helpers: Record<string, unknown>;
}

export const BROWSER_EXERCISES: Record<string, BrowserExercise> = {
  '01-sampler': { grader: sampler as Grader<never>, helpers: {} },
  '02-noise': { grader: noise as Grader<never>, helpers: { './density': density } },
  '03-energy': { grader: energy as Grader<never>, helpers: { './tools': tools } },
};
