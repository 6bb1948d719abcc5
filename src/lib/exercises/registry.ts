/**
 * The one registry of exercises: every folder in exercises/ that holds an exercise.json, validated and in course
 * order, each with its grader loaded on demand. The lesson pages, the home page's progress, the exercise pages, the
 * browser's grading worker, `npm run grade`, the gradebook, GitHub Classroom and the graders' own tests all read it.
 *
 * It is fed by two loaders that see the same folders: Vite's import.meta.glob (the site, vitest and the browser,
 * registry-vite.ts) and the file system (the command-line tools, which run under tsx: scripts/lib/exercise-list.ts).
 * A test (tests/exercises/registry.test.ts) proves they agree.
 */
import { exerciseSchema, type ExerciseMeta } from './schema';
import { maxPoints, type Grader } from './types';

export interface RegisteredExercise {
  meta: ExerciseMeta;
  /** Loads the exercise's checks (exercises/<id>/grader.ts); lazy, so a page or worker pays only for the one it uses. */
  loadGrader(): Promise<Grader<never>>;
}

/** What `--list --json` prints for each exercise. */
export interface ExerciseSummary {
  id: string;
  order: number;
  lesson: string;
  kind: ExerciseMeta['kind'];
  title: string;
  points: number;
  checks: { id: string; title: string; points: number }[];
}

export type GraderModule = { grader: Grader<never> };

/**
 * @param metas exercise.json contents by folder name
 * @param graders a loader of grader.ts by folder name
 */
export function buildRegistry(metas: Record<string, unknown>, graders: Record<string, () => Promise<GraderModule>>): RegisteredExercise[] {
  const problems: string[] = [];
  const out: RegisteredExercise[] = [];
  for (const [dir, data] of Object.entries(metas)) {
    const parsed = exerciseSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(`exercises/${dir}/exercise.json: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
      continue;
    }
    const meta = parsed.data;
    if (meta.id !== dir) problems.push(`exercises/${dir}/exercise.json: id "${meta.id}" differs from its folder's name`);
    if (Number(meta.id.slice(0, 2)) !== meta.order) problems.push(`exercises/${dir}/exercise.json: order ${meta.order} differs from the id's number ${meta.id.slice(0, 2)}`);
    const load = graders[dir];
    if (!load) {
      problems.push(`exercises/${dir} has no grader.ts`);
      continue;
    }
    out.push({
      meta,
      loadGrader: async () => {
        const { grader } = await load();
        if (grader?.exerciseId !== meta.id) throw new Error(`exercises/${dir}/grader.ts exports no grader for ${meta.id}`);
        return grader;
      },
    });
  }
  const byOrder = new Map<number, string>();
  for (const { meta } of out) {
    const other = byOrder.get(meta.order);
    if (other) problems.push(`exercises ${other} and ${meta.id} both have order ${meta.order}`);
    byOrder.set(meta.order, meta.id);
  }
  if (problems.length > 0) throw new Error(`The exercise registry has problems:\n  ${problems.join('\n  ')}`);
  return out.sort((a, b) => a.meta.order - b.meta.order);
}

/** The summary `--list` prints and the site's pages use: checks by id, title and points. */
export async function summarise(entry: RegisteredExercise): Promise<ExerciseSummary> {
  const grader = await entry.loadGrader();
  const { id, order, lesson, kind, title } = entry.meta;
  return { id, order, lesson, kind, title, points: maxPoints(grader), checks: grader.checks.map((c) => ({ id: c.id, title: c.title, points: c.points })) };
}
