import { describe, expect, it } from 'vitest';
import { publicItem, sourceResponse } from '../../src/lib/certification/public';
import { getGuideline } from '../../src/lib/guidelines';
import {
  drawExam,
  keyedResponse,
  localiseItem,
  presentationOrder,
  quizBank,
  scoreResponse,
  shownOrders,
  summariseExam,
  type QuizResponse,
} from '../../src/lib/quiz';

const lessonOf = Object.fromEntries(
  quizBank.flatMap((i) => i.guidelines).map((g) => [g, getGuideline(g)!.lesson]),
);

describe('presentationOrder', () => {
  it('never shows options, right sides or steps in the keyed order, and is stable per seed', () => {
    for (const item of quizBank) {
      const order = presentationOrder(item, 'attempt-1');
      expect(presentationOrder(item, 'attempt-1')).toEqual(order);
      if (item.type === 'truefalse') expect(order).toEqual([]);
      if (item.type === 'matching' || item.type === 'ordering') {
        const keyed = (item.type === 'matching' ? item.pairs : item.steps).map((p) => p.id);
        expect(order.join(), item.id).not.toBe(keyed.join());
        expect([...order].sort()).toEqual([...keyed].sort());
      }
    }
  });

  it('does not always put the correct option first', () => {
    const singles = quizBank.filter((i) => i.type === 'single');
    const firstIsKeyed = singles.filter((i) => {
      const first = presentationOrder(i, 'seed-x')[0];
      return i.options.find((o) => o.id === first)?.correct;
    });
    expect(firstIsKeyed.length).toBeLessThan(singles.length / 2);
  });
});

describe('shownOrders', () => {
  it('hands in the order shown for an ordering item left as it was, and nothing else', () => {
    const [left, moved] = quizBank.filter((i) => i.type === 'ordering');
    const single = quizBank.find((i) => i.type === 'single')!;
    const answer: QuizResponse = { type: 'ordering', order: ['x'] };
    const out = shownOrders([left!, moved!, single], { [moved!.id]: answer }, 'seed-1');
    expect(out.map(([id]) => id)).toEqual([left!.id]);
    const order = (out[0]![1] as Extract<QuizResponse, { type: 'ordering' }>).order;
    expect([...order].sort()).toEqual(left!.steps.map((s) => s.id).sort());
  });

  it('scores a certification ordering item that happened to be shown in the right order', () => {
    // The certification page cannot know the right order (opaque, sorted ids), so some seed
    // shows it; the trainee who leaves it must get the point.
    const item = quizBank.find((i) => i.type === 'ordering' && i.steps.length === 4)!;
    const secret = 'test-secret';
    const shown = publicItem(item, 'en', 'priorities', secret);
    let lucky: string | undefined;
    for (let n = 0; n < 500 && !lucky; n++) {
      const seed = `seed-${n}`;
      const back = sourceResponse(
        item,
        { type: 'ordering', order: presentationOrder(shown, seed) },
        secret,
      );
      if (scoreResponse(item, back).correct) lucky = seed;
    }
    expect(lucky).toBeDefined();
    const handedIn = shownOrders([shown], {}, lucky!)[0]![1];
    expect(scoreResponse(item, sourceResponse(item, handedIn, secret)).correct).toBe(true);
    // Left unanswered, as before this fix, it scored nothing.
    expect(scoreResponse(item, undefined).correct).toBe(false);
  });
});

describe('summariseExam', () => {
  const exam = drawExam(quizBank, { seed: 'summary' }).map((i) => localiseItem(i, 'en'));

  it('gives 100 % and nothing to revisit for keyed answers', () => {
    const responses = Object.fromEntries(exam.map((i) => [i.id, keyedResponse(i)]));
    const summary = summariseExam(exam, responses, lessonOf);
    expect(summary.percent).toBe(100);
    expect(summary.passed).toBe(true);
    expect(summary.revisit).toEqual([]);
    expect(summary.areas.reduce((n, a) => n + a.items, 0)).toBe(20);
  });

  it('fails below 80 % and lists the lessons of the missed items per area', () => {
    const responses: Record<string, QuizResponse> = Object.fromEntries(
      exam.map((i, n) => [i.id, n < 15 ? keyedResponse(i) : { type: 'single', choice: null }]),
    );
    const summary = summariseExam(exam, responses, lessonOf);
    expect(summary.percent).toBe(75);
    expect(summary.passed).toBe(false);
    const missed = exam.slice(15);
    const expected = new Set(missed.flatMap((i) => i.guidelines.map((g) => lessonOf[g])));
    expect(new Set(summary.revisit)).toEqual(expected);
    for (const area of new Set(missed.map((i) => i.area))) {
      expect(summary.areas.find((a) => a.area === area)!.percent).toBeLessThan(100);
    }
  });

  it('passes at exactly 80 %', () => {
    const responses = Object.fromEntries(exam.slice(0, 16).map((i) => [i.id, keyedResponse(i)]));
    expect(summariseExam(exam, responses, lessonOf)).toMatchObject({ percent: 80, passed: true });
  });
});
