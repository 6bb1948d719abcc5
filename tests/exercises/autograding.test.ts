// GitHub Classroom's autograding files must list exactly the exercises in exercises/, each worth what its grader
// awards, and run the grader on it; they are generated (npm run classroom), and this test fails if they drift.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/lib/exercises/registry-vite';
import { maxPoints } from '../../src/lib/exercises/types';
import {
  AUTOGRADING_JSON, CLASSROOM_WORKFLOW, autogradingJson, autogradingTests, classroomWorkflow, gradedExercises, type AutogradingTest,
} from '../../scripts/lib/classroom-autograding';

const FIX = 'run `npm run classroom` and commit the files it writes';
const onDisk = JSON.parse(readFileSync(AUTOGRADING_JSON, 'utf8')) as { tests: AutogradingTest[] };
const points = new Map(await Promise.all(REGISTRY.map(async (e) => [e.meta.id, maxPoints(await e.loadGrader())] as const)));

describe('GitHub Classroom autograding', () => {
  it('has one test per folder in exercises/, in course order, running the grader on that exercise alone', () => {
    const folders = readdirSync('exercises').filter((d) => /^\d\d-/.test(d)).sort();
    expect(onDisk.tests.map((t) => t.name.split(':')[0]), FIX).toEqual(folders);
    expect(onDisk.tests.map((t) => t.run), FIX).toEqual(folders.map((id) => `npm run grade -- ${id.slice(0, 2)}`));
  });

  it("gives each test the points of its exercise's grader", () => {
    for (const t of onDisk.tests) {
      const id = t.name.split(':')[0]!;
      expect(t.points, `${id}: ${FIX}`).toBe(points.get(id));
      expect(t.points, id).toBeGreaterThan(0);
    }
  });

  it('installs the tools once, before the first test, and leaves room to install them', () => {
    expect(onDisk.tests.map((t) => t.setup)).toEqual(onDisk.tests.map((_, i) => (i === 0 ? 'npm ci' : '')));
    for (const t of onDisk.tests) expect(t.timeout).toBeGreaterThanOrEqual(5);
  });

  it('is exactly what `npm run classroom` writes, in both forms', () => {
    const tests = autogradingTests(gradedExercises('.', points));
    expect(readFileSync(AUTOGRADING_JSON, 'utf8'), FIX).toBe(autogradingJson(tests));
    expect(readFileSync(CLASSROOM_WORKFLOW, 'utf8'), FIX).toBe(classroomWorkflow(tests));
  });

  it('names each exercise in the workflow with its score, and reports every one', () => {
    const yml = readFileSync(CLASSROOM_WORKFLOW, 'utf8');
    for (const [id, p] of points) {
      expect(yml).toContain(`id: exercise-${id}\n`);
      expect(yml).toMatch(new RegExp(`command: 'npm run grade -- ${id.slice(0, 2)}'\\n          timeout: \\d+\\n          max-score: ${p}\\n`));
      expect(yml).toContain(`EXERCISE-${id.toUpperCase()}_RESULTS: "\${{ steps.exercise-${id}.outputs.result }}"`);
    }
    expect(yml).toContain(`runners: ${[...points.keys()].map((id) => `exercise-${id}`).join(',')}\n`);
  });

  it('refuses an exercise that has no grader', () => {
    expect(() => gradedExercises('.', new Map([['01-sampler', 13]]))).toThrow(/exercises\/02-noise has no grader/);
  });
});
