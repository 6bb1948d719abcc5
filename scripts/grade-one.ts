// Grades one exercise in this process and prints the results as one JSON line. scripts/grade.ts runs it as a child
// process with a time and memory limit, so learner code that loops forever or eats memory cannot hang the grader.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exerciseSchema } from '../src/lib/exercises/schema';
import { runChecks, type Grader } from '../src/lib/exercises/types';
import { EXERCISES } from '../tests/graders/registry';

const [id, root = 'exercises'] = process.argv.slice(2);
const entry = EXERCISES.find((e) => e.id === id);
if (!entry) throw new Error(`unknown exercise ${id}`);
const meta = exerciseSchema.parse(JSON.parse(readFileSync(join('exercises', id!, 'exercise.json'), 'utf8')));
const file = resolve(root, id!, meta.files[0]!);
// Messages name the file relative to the project, so reports carry no machine paths.
const shown = relative(process.cwd(), file);

if (!existsSync(file)) {
  console.log(JSON.stringify({ id, missing: `${shown} is missing` }));
  process.exit(0);
}
let learner: unknown;
try {
  learner = await import(pathToFileURL(file).href);
} catch (e) {
  const err = e as Error;
  console.log(JSON.stringify({ id, loadError: `${shown} could not be loaded: ${err.name}: ${err.message.split(file).join(shown)}` }));
  process.exit(0);
}
const result = await runChecks(entry.grader as Grader<unknown>, learner);
console.log(JSON.stringify({ id, ...result }));
