// GitHub Classroom autograding for the course's exercises: one test per exercise, running `npm run grade -- NN`
// (exit code 0 only when every check passes) and worth the exercise's points. Written out in the two forms Classroom
// knows: .github/classroom/autograding.json (the tests array that Classroom's "import" and the original
// education/autograding action read) and .github/workflows/classroom.yml (the workflow Classroom generates today, one
// classroom-resources/autograding-command-grader step per test and a reporter step). `npm run classroom` writes both
// from exercises/ (each folder's exercise.json and grader.ts); tests/exercises/autograding.test.ts fails if either file drifts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { exerciseSchema } from '../../src/lib/exercises/schema';

export const AUTOGRADING_JSON = '.github/classroom/autograding.json';
export const CLASSROOM_WORKFLOW = '.github/workflows/classroom.yml';
/** Minutes a test may take, as Classroom counts them; the grader itself stops learner code after 60 seconds. */
const TIMEOUT_MINUTES = 10;
/** Installs the course's tools (Node 24 and tsx come with the npm packages). In the JSON it is the first test's setup. */
const SETUP = 'npm ci';

/** One entry of autograding.json's `tests` array, in GitHub Classroom's format. */
export interface AutogradingTest {
  name: string;
  setup: string;
  run: string;
  input: string;
  output: string;
  comparison: 'included' | 'exact' | 'regex';
  timeout: number;
  points: number;
}

export interface GradedExercise {
  id: string;
  title: string;
  points: number;
}

/** The exercises in exercises/, in course order, with the points their grader awards (from the registry). */
export function gradedExercises(root: string, pointsById: ReadonlyMap<string, number>): GradedExercise[] {
  return readdirSync(join(root, 'exercises'))
    .filter((d) => existsSync(join(root, 'exercises', d, 'exercise.json')))
    .map((d) => exerciseSchema.parse(JSON.parse(readFileSync(join(root, 'exercises', d, 'exercise.json'), 'utf8'))))
    .sort((a, b) => a.order - b.order)
    .map((e) => {
      const points = pointsById.get(e.id);
      if (points === undefined) throw new Error(`exercises/${e.id} has no grader (exercises/${e.id}/grader.ts)`);
      return { id: e.id, title: e.title, points };
    });
}

export function autogradingTests(exercises: readonly GradedExercise[]): AutogradingTest[] {
  return exercises.map((e, i) => ({
    name: `${e.id}: ${e.title}`,
    // Later tests run in the same checkout, so installing once is enough.
    setup: i === 0 ? SETUP : '',
    run: `npm run grade -- ${e.id.slice(0, 2)}`,
    input: '',
    output: '',
    comparison: 'included',
    timeout: TIMEOUT_MINUTES,
    points: e.points,
  }));
}

export function autogradingJson(tests: readonly AutogradingTest[]): string {
  return `${JSON.stringify({ tests }, null, 2)}\n`;
}

/** A step id for an exercise: GitHub wants ids to start with a letter. */
function stepId(test: AutogradingTest): string {
  return `exercise-${test.name.slice(0, test.name.indexOf(':'))}`;
}

/** YAML single-quoted scalar: the only escape is a doubled quote. */
function quoted(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

export function classroomWorkflow(tests: readonly AutogradingTest[]): string {
  const steps = tests.map((t) =>
    [
      `      - name: ${quoted(t.name)}`,
      `        id: ${stepId(t)}`,
      `        uses: classroom-resources/autograding-command-grader@v1`,
      `        with:`,
      `          test-name: ${quoted(t.name)}`,
      `          setup-command: ''`,
      `          command: ${quoted(t.run)}`,
      `          timeout: ${t.timeout}`,
      `          max-score: ${t.points}`,
    ].join('\n'),
  );
  const env = tests.map((t) => `          ${stepId(t).toUpperCase()}_RESULTS: "\${{ steps.${stepId(t)}.outputs.result }}"`);
  return [
    '# GitHub Classroom autograding: one test per exercise, worth its points. Written by `npm run classroom` from',
    '# exercises/ (each folder’s exercise.json and grader.ts) (INSTRUCTORS.md, "Grading"): change those and run it again rather than',
    '# editing this file, which a test compares with what the script writes.',
    'name: Autograding Tests',
    "'on': [push, repository_dispatch]",
    'permissions:',
    '  checks: write',
    '  actions: read',
    '  contents: read',
    'jobs:',
    '  run-autograding-tests:',
    '    runs-on: ubuntu-latest',
    // Starter code fails every check by design: grading the template repository itself (the course, from which
    // Classroom copies each learner's repository) would only show a red cross there.
    "    if: github.actor != 'github-classroom[bot]' && !github.event.repository.is_template",
    '    steps:',
    '      - name: Checkout code',
    '        uses: actions/checkout@v4',
    '      - name: Install the course tools',
    `        run: ${SETUP}`,
    ...steps,
    '      - name: Autograding Reporter',
    '        uses: classroom-resources/autograding-grading-reporter@v1',
    '        env:',
    ...env,
    '        with:',
    `          runners: ${tests.map(stepId).join(',')}`,
    '',
  ].join('\n');
}
