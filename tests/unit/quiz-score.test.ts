import { describe, expect, it } from 'vitest';
import {
  examPercent,
  keyedResponse,
  quizBank,
  scoreResponse,
  type QuizItem,
} from '../../src/lib/quiz';

function first<T extends QuizItem['type']>(type: T): Extract<QuizItem, { type: T }> {
  return quizBank.find((i) => i.type === type) as Extract<QuizItem, { type: T }>;
}

describe('scoreResponse', () => {
  it('gives full points to the keyed answer of every item in the bank', () => {
    for (const item of quizBank) {
      expect(scoreResponse(item, keyedResponse(item)), item.id).toEqual({
        correct: true,
        points: 1,
      });
    }
  });

  it('gives nothing for no answer or an answer of another type', () => {
    const item = first('single');
    expect(scoreResponse(item, null).points).toBe(0);
    expect(scoreResponse(item, { type: 'truefalse', value: true }).points).toBe(0);
    expect(scoreResponse(item, { type: 'single', choice: null }).points).toBe(0);
  });

  it('scores single choice all or nothing', () => {
    const item = first('single');
    const wrong = item.options.find((o) => !o.correct)!;
    expect(scoreResponse(item, { type: 'single', choice: wrong.id })).toEqual({
      correct: false,
      points: 0,
    });
  });

  it('scores true/false', () => {
    const item = first('truefalse');
    expect(scoreResponse(item, { type: 'truefalse', value: !item.answer }).points).toBe(0);
  });

  it('gives partial credit for multiple response, cancelled by wrong ticks', () => {
    const item = {
      type: 'multiple' as const,
      options: [
        { id: 'a', correct: true },
        { id: 'b', correct: true },
        { id: 'c', correct: false },
        { id: 'd', correct: false },
      ],
    };
    expect(scoreResponse(item, { type: 'multiple', choices: ['a'] })).toEqual({
      correct: false,
      points: 0.5,
    });
    expect(scoreResponse(item, { type: 'multiple', choices: ['a', 'c'] }).points).toBe(0);
    expect(scoreResponse(item, { type: 'multiple', choices: ['a', 'b', 'c', 'd'] }).points).toBe(0);
    expect(scoreResponse(item, { type: 'multiple', choices: ['a', 'b', 'c'] }).points).toBe(0.5);
    expect(scoreResponse(item, { type: 'multiple', choices: ['b', 'a'] }).correct).toBe(true);
  });

  it('gives a share of points for matching', () => {
    const item = {
      type: 'matching' as const,
      pairs: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
    };
    const swapped = { a: 'b', b: 'a', c: 'c', d: 'd' };
    expect(scoreResponse(item, { type: 'matching', matches: swapped })).toEqual({
      correct: false,
      points: 0.5,
    });
    expect(scoreResponse(item, { type: 'matching', matches: { a: 'a', b: null } }).points).toBe(
      0.25,
    );
  });

  it('scores ordering by pairs in the right relative order', () => {
    const item = {
      type: 'ordering' as const,
      steps: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })),
    };
    expect(scoreResponse(item, { type: 'ordering', order: ['a', 'b', 'c', 'e', 'd'] }).points).toBe(
      0.9,
    );
    expect(scoreResponse(item, { type: 'ordering', order: ['e', 'd', 'c', 'b', 'a'] }).points).toBe(
      0,
    );
    expect(scoreResponse(item, { type: 'ordering', order: ['a', 'b', 'c'] }).points).toBe(0.3);
    expect(
      scoreResponse(item, { type: 'ordering', order: ['a', 'b', 'c', 'd', 'e'] }).correct,
    ).toBe(true);
  });

  it('computes the exam percentage without rounding up to a pass', () => {
    expect(examPercent([])).toBe(0);
    expect(examPercent([1, 1, 1, 0.5])).toBe(87);
    expect(examPercent(Array.from({ length: 20 }, (_, i) => (i < 16 ? 1 : 0)))).toBe(80);
    expect(examPercent([...Array<number>(15).fill(1), 0.99, 0, 0, 0, 0])).toBe(79);
  });
});
