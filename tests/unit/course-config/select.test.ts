import { describe, expect, it } from 'vitest';
import { parseCourseConfig } from '../../../src/lib/course-config/load';
import { assertNoProblems, exerciseProblems, includesExercise, includesLesson, lessonProblems } from '../../../src/lib/course-config/select';

const LESSONS = ['qubits-and-superposition', 'entanglement-and-parallelism', 'energy'];
const EXERCISES = ['01-sampler', '02-noise', '03-energy'];
const config = (extra: object) => parseCourseConfig({ title: 'A course', ...extra }, 'test');

describe('what a configuration publishes', () => {
  it('publishes everything by default', () => {
    const c = config({});
    expect(LESSONS.every((s) => includesLesson(c, s))).toBe(true);
    expect(EXERCISES.every((id) => includesExercise(c, id))).toBe(true);
  });

  it('publishes exactly the listed lessons and exercises', () => {
    const c = config({ lessons: ['energy'], exercises: ['02-noise'] });
    expect(LESSONS.filter((s) => includesLesson(c, s))).toEqual(['energy']);
    expect(EXERCISES.filter((id) => includesExercise(c, id))).toEqual(['02-noise']);
  });

  it('publishes no exercise for an empty list', () => {
    expect(EXERCISES.some((id) => includesExercise(config({ exercises: [] }), id))).toBe(false);
  });
});

describe('checks against the content that exists', () => {
  it('finds nothing wrong with a correct configuration', () => {
    const c = config({ lessons: ['energy'], exercises: ['03-energy'], dueDates: { '03-energy': '2027-01-05' } });
    expect(lessonProblems(c, LESSONS)).toEqual([]);
    expect(exerciseProblems(c, EXERCISES)).toEqual([]);
  });

  it('names an unknown lesson by its place in the list and lists the real ones', () => {
    expect(lessonProblems(config({ lessons: ['energy', 'enrgy'] }), LESSONS)).toEqual([
      'lessons[1]: there is no lesson "enrgy"; the lessons are: qubits-and-superposition, entanglement-and-parallelism, energy',
    ]);
  });

  it('names unknown exercises, and due dates for exercises missing or left out', () => {
    const c = config({ exercises: ['01-sampler', '04-qgan'], dueDates: { '02-noise': '2027-01-05', '09-x': '2027-01-05' } });
    expect(exerciseProblems(c, EXERCISES)).toEqual([
      'exercises[1]: there is no exercise "04-qgan"; the exercises are: 01-sampler, 02-noise, 03-energy',
      'dueDates.02-noise: exercise "02-noise" is not in this course\'s "exercises" list',
      'dueDates.09-x: there is no exercise "09-x"; the exercises are: 01-sampler, 02-noise, 03-energy',
    ]);
  });

  it('throws one error naming the file and every problem', () => {
    expect(() => assertNoProblems(['a: x', 'b: y'], 'spring.json')).toThrow('spring.json does not match the course content:\n  a: x\n  b: y');
    expect(() => assertNoProblems([], 'spring.json')).not.toThrow();
  });
});
