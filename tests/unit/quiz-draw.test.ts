import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/lib/guidelines';
import { drawExam, itemArea, quizBank } from '../../src/lib/quiz';

function areaCounts(items: readonly { guidelines: readonly string[] }[]): number[] {
  return AREAS.map((area) => items.filter((i) => itemArea(i) === area).length);
}

describe('drawExam', () => {
  it('draws 20 distinct items, balanced across the seven areas', () => {
    for (const seed of ['a', 'b', 42, 'trainee-7']) {
      const exam = drawExam(quizBank, { size: 20, seed });
      expect(exam).toHaveLength(20);
      expect(new Set(exam.map((i) => i.id)).size).toBe(20);
      const counts = areaCounts(exam);
      expect(Math.min(...counts), String(seed)).toBeGreaterThanOrEqual(2);
      expect(Math.max(...counts), String(seed)).toBeLessThanOrEqual(3);
    }
  });

  it('is deterministic per seed and varies between seeds', () => {
    const ids = (seed: string) => drawExam(quizBank, { seed }).map((i) => i.id);
    expect(ids('x')).toEqual(ids('x'));
    expect(ids('x')).not.toEqual(ids('y'));
  });

  it('avoids every item of the previous attempt when the bank allows', () => {
    const first = drawExam(quizBank, { seed: 1 });
    const second = drawExam(quizBank, { seed: 2, previous: first.map((i) => i.id) });
    expect(second.filter((i) => first.some((f) => f.id === i.id))).toEqual([]);
    const counts = areaCounts(second);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(2);
  });

  it('reuses previous items only when fresh ones run out', () => {
    const small = quizBank.slice(0, 12);
    const previous = small.slice(0, 8).map((i) => i.id);
    const exam = drawExam(small, { size: 10, seed: 3, previous });
    expect(exam).toHaveLength(10);
    // All four fresh items are in, and only six previous ones fill up.
    for (const fresh of small.slice(8)) expect(exam.map((i) => i.id)).toContain(fresh.id);
  });

  it('returns the whole bank when it is smaller than the exam', () => {
    expect(drawExam(quizBank.slice(0, 5), { size: 20, seed: 0 })).toHaveLength(5);
  });
});
