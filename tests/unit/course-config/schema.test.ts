import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { courseConfigPath, loadCourseConfig, parseCourseConfig } from '../../../src/lib/course-config/load';

/** The error message parseCourseConfig throws for `value`, or '' when it is accepted. */
function errorFor(value: unknown): string {
  try {
    parseCourseConfig(value, 'course.config.json');
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('the course configuration schema', () => {
  it('fills in the defaults: every lesson and exercise, no due dates, solutions hidden', () => {
    expect(parseCourseConfig({ title: 'A course' }, 'x')).toEqual({
      title: 'A course', lessons: 'all', exercises: 'all', dueDates: {}, publishSolutions: false,
    });
  });

  it('accepts a full instructor configuration', () => {
    const c = parseCourseConfig({
      title: 'Seminar', instructor: { name: 'Ada', email: 'ada@example.org', url: 'https://example.org/' },
      lessons: ['qubits-and-superposition'], exercises: [], dueDates: {}, publishSolutions: true,
    }, 'x');
    expect(c.instructor?.name).toBe('Ada');
    expect(c.exercises).toEqual([]);
  });

  it('names the field of every mistake, with the file', () => {
    const msg = errorFor({
      title: 'A course',
      instructor: { name: 'Ada', email: 'not-an-address', url: 'ftp://example.org/' },
      lessons: ['Qubits.mdx'],
      exercises: ['sampler'],
      dueDates: { '01-sampler': '12/03/2027' },
      publishSolutions: 'yes',
    });
    expect(msg).toMatch(/^course\.config\.json is not a valid course configuration/);
    for (const field of ['instructor.email', 'instructor.url', 'lessons', 'exercises', 'dueDates.01-sampler', 'publishSolutions']) {
      expect(msg).toContain(`\n  ${field}`);
    }
  });

  it('names a misspelt key rather than ignoring it', () => {
    expect(errorFor({ title: 'A course', publishSolution: true })).toContain('publishSolution: not a course setting');
  });

  it('requires a title', () => {
    expect(errorFor({})).toContain('\n  title:');
  });

  it('rejects a date that is not on the calendar, and a repeated lesson', () => {
    expect(errorFor({ title: 'A course', dueDates: { '01-sampler': '2027-02-30' } })).toContain('dueDates.01-sampler: is not a date on the calendar');
    expect(errorFor({ title: 'A course', lessons: ['energy', 'energy'] })).toContain('lessons: lists a lesson twice');
  });
});

describe('reading the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'course-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads course.config.json unless COURSE_CONFIG names another file', () => {
    expect(courseConfigPath({})).toBe('course.config.json');
    expect(courseConfigPath({ COURSE_CONFIG: 'variants/spring.json' })).toBe('variants/spring.json');
  });

  it('says which file is missing, and how to fix it', () => {
    expect(() => loadCourseConfig(join(dir, 'nope.json'))).toThrow(/nope\.json not found.*COURSE_CONFIG/);
  });

  it('reports broken JSON with the file name', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "title": "A course", }');
    expect(() => loadCourseConfig(file)).toThrow(/broken\.json is not valid JSON/);
  });

  it('accepts the course.config.json the project ships', () => {
    expect(loadCourseConfig('course.config.json').title).toBe('Quantum × Generative AI');
  });

  it('accepts the instructor variant the browser tests build', () => {
    const c = loadCourseConfig('tests/fixtures/course-config/instructor.json');
    expect(c.publishSolutions).toBe(true);
    expect(c.lessons).not.toBe('all');
  });
});
