// The package's side of SCORM 1.2 against a stand-in LMS: the API is found on a parent or an opener's parent as the
// run-time environment prescribes (and a window of another origin on the way is no crash), no API means no calls,
// scores keep the best run, suspend_data fits the standard's 4,096 characters, and only pages of the package are
// resumed at.
import { describe, expect, it } from 'vitest';
import {
  SUSPEND_LIMIT, decodeSuspend, encodeSuspend, endSession, findApi, isPackagePage, parseSco, reportExercise,
  reportLessonVisited, scorePercent, startSession, type ApiWindow, type Scorm12Api,
} from '../../../src/lib/scorm/api';

/** A stand-in LMS: a data model of strings, and every call recorded. */
function fakeLms(initial: Record<string, string> = {}): Scorm12Api & { data: Record<string, string>; calls: string[] } {
  const data: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted', 'cmi.core.score.raw': '', ...initial };
  const calls: string[] = [];
  return {
    data, calls,
    LMSInitialize: () => (calls.push('init'), 'true'),
    LMSFinish: () => (calls.push('finish'), 'true'),
    LMSGetValue: (e) => data[e] ?? '',
    LMSSetValue: (e, v) => (calls.push(`${e}=${v}`), (data[e] = v), 'true'),
    LMSCommit: () => (calls.push('commit'), 'true'),
    LMSGetLastError: () => '0',
  };
}

/** A chain of windows, innermost first; each is the parent of the one before. */
function chain(n: number, api?: Scorm12Api, at = n - 1): ApiWindow[] {
  const wins: ApiWindow[] = Array.from({ length: n }, () => ({}));
  wins.forEach((w, i) => (w.parent = wins[i + 1] ?? w));
  if (api) wins[at]!.API = api;
  return wins;
}

describe('findApi', () => {
  it('walks up the parents to the API', () => {
    const api = fakeLms();
    expect(findApi(chain(4, api)[0]!)).toBe(api);
  });

  it('then tries the opener and its parents', () => {
    const api = fakeLms();
    const own = chain(2);
    own[0]!.opener = chain(3, api)[0]!;
    expect(findApi(own[0]!)).toBe(api);
  });

  it('treats an unreadable (other-origin) window as the end of the search, and an object without the calls as no API', () => {
    const api = fakeLms();
    const wins = chain(3, api);
    Object.defineProperty(wins[1]!, 'API', { get: () => { throw new DOMException('cross-origin', 'SecurityError'); } });
    Object.defineProperty(wins[1]!, 'parent', { get: () => { throw new DOMException('cross-origin', 'SecurityError'); } });
    expect(findApi(wins[0]!)).toBeNull();
    expect(findApi(chain(2, { LMSInitialize: 'no' } as unknown as Scorm12Api)[0]!)).toBeNull();
  });

  it('gives up after 500 steps up, as ADL\'s algorithm does', () => {
    const api = fakeLms();
    expect(findApi(chain(600, api)[0]!)).toBeNull();
    expect(findApi(chain(400, api)[0]!)).toBe(api);
  });
});

describe('reporting', () => {
  it('an exercise run sets score and status, and a worse later run never lowers them', () => {
    const lms = fakeLms();
    reportExercise(lms, 3, 5);
    expect(lms.data).toMatchObject({ 'cmi.core.score.raw': '60', 'cmi.core.lesson_status': 'failed', 'cmi.core.score.max': '100' });
    reportExercise(lms, 5, 5);
    expect(lms.data).toMatchObject({ 'cmi.core.score.raw': '100', 'cmi.core.lesson_status': 'passed' });
    reportExercise(lms, 1, 5);
    expect(lms.data).toMatchObject({ 'cmi.core.score.raw': '100', 'cmi.core.lesson_status': 'passed' });
    expect(lms.calls.at(-1)).toBe('commit');
  });

  it('a lesson opened completes its item but never undoes a pass', () => {
    const lms = fakeLms();
    reportLessonVisited(lms);
    expect(lms.data['cmi.core.lesson_status']).toBe('completed');
    const passed = fakeLms({ 'cmi.core.lesson_status': 'passed' });
    reportLessonVisited(passed);
    expect(passed.calls).toEqual([]);
  });

  it('scores are whole percentages within 0 to 100', () => {
    expect([scorePercent(2, 3), scorePercent(-1, 3), scorePercent(9, 3), scorePercent(1, 0)]).toEqual([67, 0, 100, 0]);
  });
});

describe('the session', () => {
  const first = 'lessons/energy/index.html#exercise-27-estimate-joules';
  it('a first launch starts at the item\'s page and marks it incomplete', () => {
    const lms = fakeLms({ 'cmi.core.entry': 'ab-initio' });
    expect(startSession(lms, first)).toBe(first);
    expect(lms.data['cmi.core.lesson_status']).toBe('incomplete');
  });

  it('a learner coming back resumes where they left off, but never at an address outside the package', () => {
    expect(startSession(fakeLms({ 'cmi.core.entry': 'resume', 'cmi.core.lesson_location': 'lessons/decoherence/index.html' }), first)).toBe('lessons/decoherence/index.html');
    expect(startSession(fakeLms({ 'cmi.core.entry': 'resume', 'cmi.core.lesson_location': 'https://evil.example/' }), first)).toBe(first);
    // Without "resume" the LMS starts afresh (a new attempt), whatever location it kept.
    expect(startSession(fakeLms({ 'cmi.core.entry': '', 'cmi.core.lesson_location': 'lessons/decoherence/index.html' }), first)).toBe(first);
    expect(startSession(fakeLms(), 'javascript:alert(1)')).toBe('index.html');
  });

  it('ends suspended, so the next launch resumes, saving before it finishes', () => {
    const lms = fakeLms();
    endSession(lms);
    expect(lms.calls).toEqual(['cmi.core.exit=suspend', 'commit', 'finish']);
  });
});

describe('suspend_data', () => {
  it('round-trips, and drops visits before passes when the record would not fit', () => {
    const small = { lessons: ['energy'], passed: { '04-apply-gate': [5, 5] as [number, number] } };
    expect(decodeSuspend(encodeSuspend(small))).toEqual(small);
    const big = { lessons: Array.from({ length: 300 }, (_, i) => `lesson-number-${i}`), passed: small.passed };
    const text = encodeSuspend(big);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    expect(decodeSuspend(text).passed).toEqual(small.passed);
    expect(decodeSuspend(text).lessons.length).toBeLessThan(300);
  });

  it('reads damaged or foreign data as nothing, and keeps only valid entries', () => {
    expect(decodeSuspend('not json')).toEqual({ lessons: [], passed: {} });
    expect(decodeSuspend('{"v":2,"l":["x"]}')).toEqual({ lessons: [], passed: {} });
    expect(decodeSuspend('{"v":1,"l":["a",3],"e":{"x":[6,5],"y":[1,2],"z":"no"}}')).toEqual({ lessons: ['a'], passed: { y: [1, 2] } });
  });
});

describe('addresses', () => {
  it('resumes only at pages of the package', () => {
    for (const ok of ['index.html', 'lessons/energy/index.html', 'lessons/energy/index.html#exercise-27-estimate-joules']) expect(isPackagePage(ok), ok).toBe(true);
    for (const bad of ['https://evil.example/', '//evil.example/index.html', '../index.html', 'javascript:alert(1)', 'lessons/energy/', '/index.html']) expect(isPackagePage(bad), bad).toBe(false);
  });

  it('reads the launched item from the launch address', () => {
    expect(parseSco('exercise:04-apply-gate')).toEqual({ kind: 'exercise', id: '04-apply-gate' });
    expect(parseSco('lesson:energy')).toEqual({ kind: 'lesson', id: 'energy' });
    expect(parseSco('page:x')).toBeNull();
    expect(parseSco(undefined)).toBeNull();
  });
});
