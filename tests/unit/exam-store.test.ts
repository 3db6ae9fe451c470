import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getGuideline } from '../../src/lib/guidelines';
import { keyedResponse, localiseItem, quizBank } from '../../src/lib/quiz';
import {
  EXAM_KEY,
  answerItem,
  decodeExam,
  exam,
  finishExam,
  goToItem,
  latestPassed,
  startExam,
} from '../../src/stores/exam';

const bank = quizBank.map((i) => localiseItem(i, 'en'));
const lessonOf = Object.fromEntries(
  quizBank.flatMap((i) => i.guidelines).map((g) => [g, getGuideline(g)!.lesson]),
);
const T0 = Date.UTC(2026, 10, 23, 8, 0);

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanTestStorage();
  exam.set({ v: 1, current: null, attempts: [], submitted: [] });
});

describe('exam store actions', () => {
  it('stores the deadline, answers and result, and avoids the previous items next time', () => {
    const cur = startExam({ bank, name: ' Anna   Weber ', lang: 'en', now: T0, seed: 's1' });
    expect(cur.itemIds).toHaveLength(20);
    expect(cur.name).toBe('Anna Weber');
    expect(cur.deadline - T0).toBe(30 * 60_000);
    for (const itemId of cur.itemIds) {
      answerItem(itemId, keyedResponse(bank.find((b) => b.id === itemId)!));
    }
    goToItem(99);
    expect(exam.get().current?.index).toBe(19);
    const stored = decodeExam(getTestStorage()[EXAM_KEY]);
    expect(stored.current?.deadline).toBe(cur.deadline);
    expect(Object.keys(stored.current!.responses)).toHaveLength(20);

    const done = finishExam({ bank, lessonOf, now: T0 + 60_000 })!;
    expect(done).toMatchObject({ percent: 100, passed: true, timedOut: false, revisit: [] });
    expect(exam.get().current).toBeNull();
    expect(latestPassed(exam.get())?.seed).toBe('s1');

    const next = startExam({ bank, name: 'Anna Weber', lang: 'en', now: T0, seed: 's2' });
    expect(next.itemIds.filter((i) => cur.itemIds.includes(i))).toEqual([]);
  });

  it('ignores answers to items outside the attempt', () => {
    startExam({ bank, name: 'A', lang: 'de', now: T0, seed: 's3' });
    answerItem('not-in-exam', { type: 'truefalse', value: true });
    expect(exam.get().current?.responses).toEqual({});
  });

  it('files a timed-out attempt with what was answered', () => {
    const cur = startExam({ bank, name: 'B', lang: 'de', now: T0, seed: 's4' });
    answerItem(cur.itemIds[0]!, keyedResponse(bank.find((b) => b.id === cur.itemIds[0])!));
    const done = finishExam({ bank, lessonOf, now: cur.deadline, timedOut: true })!;
    expect(done).toMatchObject({ percent: 5, passed: false, timedOut: true });
    expect(done.revisit.length).toBeGreaterThan(0);
  });
});

describe('decodeExam', () => {
  const good = {
    v: 1,
    current: {
      seed: 'abc',
      name: 'Anna',
      lang: 'de',
      itemIds: ['q-strategy-roi', 'q-praise-sign'],
      startedAt: T0,
      deadline: T0 + 1_800_000,
      index: 1,
      responses: { 'q-strategy-roi': { type: 'truefalse', value: false } },
    },
    attempts: [
      {
        seed: 'old',
        name: 'Anna',
        lang: 'de',
        itemIds: ['q-strategy-roi'],
        startedAt: T0 - 9e6,
        finishedAt: T0 - 8e6,
        timedOut: false,
        percent: 85,
        passed: true,
        areas: [{ area: 'strategy', items: 1, percent: 85 }],
        revisit: [],
        responses: {},
      },
    ],
  };

  it('reads a valid state unchanged', () => {
    const state = decodeExam(JSON.stringify(good));
    expect(state.recovered).toBeUndefined();
    // A v1 value from before certification: a practice attempt, nothing handed in.
    expect(state).toEqual({
      ...good,
      current: { ...good.current, mode: 'practice' },
      submitted: [],
    });
  });

  // The values that passed the decoder before and then broke a page (issue 11), by hand.
  const attempt0 = good.attempts[0]!;
  const broken: [string, (g: typeof good) => unknown][] = [
    ['the same attempt stored twice', (g) => ({ ...g, attempts: [attempt0, attempt0] })],
    ['finishedAt of 8.7e15', (g) => ({ ...g, attempts: [{ ...attempt0, finishedAt: 8.7e15 }] })],
    [
      'finishedAt of 0',
      (g) => ({ ...g, attempts: [{ ...attempt0, startedAt: 0, finishedAt: 0 }] }),
    ],
    [
      'finishedAt in the year 2200',
      (g) => ({ ...g, attempts: [{ ...attempt0, finishedAt: Date.UTC(2200, 0, 1) }] }),
    ],
    ['a blank name', (g) => ({ ...g, attempts: [{ ...attempt0, name: ' \u200b\t ' }] })],
    ['passed at 10 %', (g) => ({ ...g, attempts: [{ ...attempt0, percent: 10 }] })],
    [
      'an area twice',
      (g) => ({ ...g, attempts: [{ ...attempt0, areas: [...attempt0.areas, ...attempt0.areas] }] }),
    ],
  ];
  it.each(broken)('drops an attempt with %s and keeps the rest', (_name, damage) => {
    const state = decodeExam(JSON.stringify(damage(good)));
    expect(state.recovered).toBe(true);
    expect(state.current?.itemIds).toEqual(good.current.itemIds);
    expect(state.attempts.length).toBeLessThanOrEqual(1);
    for (const a of state.attempts) expect(a).toMatchObject({ name: 'Anna', finishedAt: T0 - 8e6 });
  });

  it('drops a current attempt with an item twice, and an ordering answer naming a step twice', () => {
    const twice = {
      ...good,
      current: { ...good.current, itemIds: ['q-strategy-roi', 'q-strategy-roi'] },
    };
    expect(decodeExam(JSON.stringify(twice)).current).toBeNull();
    const order = {
      ...good,
      current: {
        ...good.current,
        responses: { 'q-praise-sign': { type: 'ordering', order: ['a', 'a', 'b'] } },
      },
    };
    const state = decodeExam(JSON.stringify(order));
    expect(state.current?.responses).toEqual({});
    expect(state.recovered).toBe(true);
  });

  it('ignores prototype keys and other versions', () => {
    const proto = JSON.parse(
      JSON.stringify(good).replace(
        '"responses":{"q-strategy-roi"',
        '"responses":{"__proto__":{"type":"truefalse","value":true},"constructor":{"type":"truefalse","value":true},"q-strategy-roi"',
      ),
    ) as unknown;
    const state = decodeExam(JSON.stringify(proto));
    expect(Object.keys(state.current!.responses)).toEqual(['q-strategy-roi']);
    expect(Object.getPrototypeOf(state.current!.responses)).toBe(Object.prototype);
    expect(decodeExam(JSON.stringify({ ...good, v: 2 }))).toEqual({
      v: 1,
      current: null,
      attempts: [],
      submitted: [],
      recovered: true,
    });
  });

  it('never throws on garbage and starts empty', () => {
    for (const raw of ['{', 'null', '[]', '42', '"x"', undefined, '']) {
      const state = decodeExam(raw);
      expect(state.current).toBeNull();
      expect(state.attempts).toEqual([]);
    }
    expect(decodeExam('{').recovered).toBe(true);
  });

  it('keeps the valid parts of damaged data', () => {
    const damaged = structuredClone(good) as Record<string, unknown> & typeof good;
    (damaged.current.responses as Record<string, unknown>)['q-praise-sign'] = { type: 'single' };
    (damaged.attempts as unknown[]).push({ seed: 'broken', percent: 'lots' });
    const state = decodeExam(JSON.stringify(damaged));
    expect(state.recovered).toBe(true);
    expect(state.current?.responses).toEqual(good.current.responses);
    expect(state.attempts).toEqual(good.attempts);
  });

  it('drops a current attempt without a deadline but keeps the history', () => {
    const damaged = structuredClone(good) as { current: Record<string, unknown> };
    delete damaged.current.deadline;
    const state = decodeExam(JSON.stringify(damaged));
    expect(state.current).toBeNull();
    expect(state.attempts).toHaveLength(1);
    expect(state.recovered).toBe(true);
  });

  it('clamps an index beyond the items', () => {
    const odd = structuredClone(good);
    odd.current.index = 7;
    expect(decodeExam(JSON.stringify(odd)).current?.index).toBe(1);
  });
});
