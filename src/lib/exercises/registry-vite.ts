/**
 * The exercise registry as Vite sees it (the site's build, vitest and the browser's grading worker): exercise.json
 * files are read eagerly (small data), graders only when asked for, so each lands in its own chunk.
 */
import { buildRegistry, type GraderModule } from './registry';

const metas = import.meta.glob<unknown>('/exercises/*/exercise.json', { eager: true, import: 'default' });
const graders = import.meta.glob<GraderModule>('/exercises/*/grader.ts');

const folder = (path: string) => path.split('/')[2]!;
const byFolder = <T>(files: Record<string, T>) => Object.fromEntries(Object.entries(files).map(([p, v]) => [folder(p), v]));

export const REGISTRY = buildRegistry(byFolder(metas), byFolder(graders));

export const exerciseById = (id: string) => REGISTRY.find((e) => e.meta.id === id);
