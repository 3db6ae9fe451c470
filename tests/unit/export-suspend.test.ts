// suspend_data of the LMS packages: what the player stores comes back the same, and whatever
// else an LMS hands back (damaged, oversized, another course version) starts cleanly with a reason.
import { describe, expect, it } from 'vitest';
import { decodeSuspend, encodeSuspend, type CourseProgress } from '../../src/lib/export/suspend';

const course = {
  lessons: 3,
  examTypes: ['single', 'multiple', 'truefalse', 'matching', 'ordering'] as const,
};
const progress: CourseProgress = {
  lessons: [true, false, true],
  responses: [
    { type: 'single', choice: 'b' },
    { type: 'multiple', choices: ['a', 'c'] },
    { type: 'truefalse', value: false },
    { type: 'matching', matches: { p1: 'p2', p2: 'p1' } },
    undefined,
  ],
  score: null,
  scenarios: [
    {
      id: 'parcel-late-facebook',
      overall: 72,
      scores: {
        timing: 100,
        tone: 80,
        empathy: 55,
        personalization: null,
        resolution: 60,
        channel: 90,
      },
    },
  ],
  plays: [],
};

describe('suspend_data', () => {
  it('stores lessons, answers and score compactly and reads them back', () => {
    const text = encodeSuspend(progress);
    expect(text).toBe(
      '{"v":1,"l":"101","e":["b",["a","c"],0,{"p1":"p2","p2":"p1"},null],"s":-1,' +
        '"c":{"parcel-late-facebook":[72,100,80,55,null,60,90]}}',
    );
    expect(decodeSuspend(text, course)).toEqual({ progress });
    const scored = encodeSuspend({ ...progress, score: 85 });
    expect(decodeSuspend(scored, course).progress.score).toBe(85);
  });
  it('treats an empty text as a first launch', () => {
    const { progress: fresh, problem } = decodeSuspend('', course);
    expect(problem).toBeUndefined();
    expect(fresh.lessons).toEqual([false, false, false]);
    expect(fresh.responses).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
  it.each([
    ['not JSON', '{"v":1,"l":"10', 'malformed'],
    ['another version', '{"v":9,"l":"101","e":[null,null,null,null,null],"s":-1}', 'malformed'],
    ['a score over 100', '{"v":1,"l":"101","e":[null,null,null,null,null],"s":101}', 'malformed'],
    [
      'a payload of the wrong type',
      '{"v":1,"l":"101","e":[7,null,null,null,null],"s":-1}',
      'malformed',
    ],
    ['more lessons', '{"v":1,"l":"1011","e":[null,null,null,null,null],"s":-1}', 'other-course'],
    ['another exam length', '{"v":1,"l":"101","e":[null],"s":-1}', 'other-course'],
  ])('starts afresh on %s', (_name, text, problem) => {
    const decoded = decodeSuspend(text, course);
    expect(decoded.problem).toBe(problem);
    expect(decoded.progress.lessons).toEqual([false, false, false]);
  });
  it('refuses a text longer than the LMS may store', () => {
    const text = encodeSuspend(progress) + ' '.repeat(5000);
    expect(decodeSuspend(text, { ...course, limit: 4096 }).problem).toBe('oversized');
  });
});
