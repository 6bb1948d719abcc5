// The one registry of exercises, seen by its two loaders (Vite's glob for the site, vitest and the browser; the file
// system for `npm run grade`, the gradebook and Classroom), and what the course promises of it: every lesson has
// practice, every short exercise sits in the lesson it names, and no exercise is placed twice or nowhere.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/lib/exercises/registry-vite';
import { buildRegistry } from '../../src/lib/exercises/registry';
import { listExercises } from '../../scripts/lib/exercise-list';

const lessonFiles = readdirSync('content/lessons').filter((f) => f.endsWith('.mdx')).sort();
const slugOf = (file: string) => file.replace(/^\d\d-/, '').replace(/\.mdx$/, '');
const placed = (file: string) => [...readFileSync(`content/lessons/${file}`, 'utf8').matchAll(/<Exercise\s+id="([^"]+)"\s*\/>/g)].map((m) => m[1]!);

describe('the exercise registry', () => {
  it('is the same through Vite and through the file system, in course order', async () => {
    const cli = await listExercises();
    expect(cli.map((e) => e.meta)).toEqual(REGISTRY.map((e) => e.meta));
    for (const e of cli) expect(e.points).toBe((await REGISTRY.find((r) => r.meta.id === e.meta.id)!.loadGrader()).checks.reduce((a, c) => a + c.points, 0));
    expect(REGISTRY.map((e) => e.meta.order)).toEqual([...REGISTRY.map((e) => e.meta.order)].sort((a, b) => a - b));
  });

  it('names only lessons that exist', () => {
    const slugs = lessonFiles.map(slugOf);
    for (const { meta } of REGISTRY) expect(slugs, `${meta.id} names lesson "${meta.lesson}"`).toContain(meta.lesson);
  });

  it('holds at least 40 exercises, and gives every lesson at least 3', () => {
    expect(REGISTRY.length).toBeGreaterThanOrEqual(40);
    for (const file of lessonFiles) {
      const n = REGISTRY.filter((e) => e.meta.lesson === slugOf(file)).length;
      expect(n, `${file} has ${n} exercises`).toBeGreaterThanOrEqual(3);
    }
  });

  it('places every short exercise exactly once, in the lesson it names, and places nothing else', () => {
    const where = new Map<string, string[]>();
    for (const file of lessonFiles) for (const id of placed(file)) where.set(id, [...(where.get(id) ?? []), slugOf(file)]);
    for (const { meta } of REGISTRY.filter((e) => e.meta.kind === 'inline')) expect(where.get(meta.id), `${meta.id} is placed in`).toEqual([meta.lesson]);
    const inline = new Set(REGISTRY.filter((e) => e.meta.kind === 'inline').map((e) => e.meta.id));
    for (const id of where.keys()) expect(inline.has(id), `<Exercise id="${id}" /> names no inline exercise`).toBe(true);
  });

  it('refuses a folder whose exercise.json is wrong, naming the file and the field', () => {
    const good = REGISTRY[0]!.meta;
    const grader = { [good.id]: async () => ({ grader: { exerciseId: good.id, checks: [] } }) };
    expect(() => buildRegistry({ [good.id]: { ...good, kind: 'lecture' } }, grader)).toThrow(new RegExp(`exercises/${good.id}/exercise.json: kind`));
    expect(() => buildRegistry({ '99-other': good }, { '99-other': grader[good.id]! })).toThrow(/differs from its folder's name/);
    expect(() => buildRegistry({ [good.id]: good }, {})).toThrow(/has no grader.ts/);
    expect(() => buildRegistry({ [good.id]: { ...good, proof: undefined } }, grader)).toThrow(/proof/);
  });
});
