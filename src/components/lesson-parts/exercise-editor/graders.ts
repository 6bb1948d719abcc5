/**
 * The graders the browser runs: the very check definitions `npm run grade` and vitest use (tests/graders), with the
 * source of the helper files each starter imports (they go into the sandbox beside the learner's code). Imported only
 * by the grading worker, so none of this reaches a page's own bundle.
 */
import type { Grader } from '../../../lib/exercises/types';
import type { SourceFile } from '../../../lib/exercises/sandbox/open-learner';
import { grader as sampler } from '../../../../tests/graders/01-sampler';
import { grader as noise } from '../../../../tests/graders/02-noise';
import { grader as energy } from '../../../../tests/graders/03-energy';
import density from '../../../../exercises/02-noise/density.ts?raw';
import tools from '../../../../exercises/03-energy/tools.ts?raw';

export interface BrowserExercise {
  grader: Grader<never>;
  /** The exercise's public helper files, as source. */
  helpers: SourceFile[];
}

export const BROWSER_EXERCISES: Record<string, BrowserExercise> = {
  '01-sampler': { grader: sampler as Grader<never>, helpers: [] },
  '02-noise': { grader: noise as Grader<never>, helpers: [{ path: './density', fileName: 'density.ts', source: density }] },
  '03-energy': { grader: energy as Grader<never>, helpers: [{ path: './tools', fileName: 'tools.ts', source: tools }] },
};
