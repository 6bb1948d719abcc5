// `npm run classroom`: writes GitHub Classroom's autograding files for the exercises in exercises/ (see
// scripts/lib/classroom-autograding.ts). Run it after adding or removing an exercise or changing a grader's points.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { listExercises } from './lib/exercise-list';
import {
  AUTOGRADING_JSON, CLASSROOM_WORKFLOW, autogradingJson, autogradingTests, classroomWorkflow, gradedExercises,
} from './lib/classroom-autograding';

const points = new Map((await listExercises()).map((e) => [e.meta.id, e.points]));
const tests = autogradingTests(gradedExercises('.', points));
for (const [file, text] of [[AUTOGRADING_JSON, autogradingJson(tests)], [CLASSROOM_WORKFLOW, classroomWorkflow(tests)]] as const) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
console.log(`${tests.length} tests, ${tests.reduce((a, t) => a + t.points, 0)} points in all`);
