/** The certification key: public items carry no key, and the trainer's key file scores answers. */
import { describe, expect, it } from 'vitest';
import { ANSWERS_FORMAT, type AnswersFile } from '../../src/lib/certification/formats';
import {
  buildKeyFile,
  certificationItems,
  readKeyFile,
  scoreAnswers,
  type LoadedKey,
} from '../../src/lib/certification/key';
import { bankOf } from '../../src/lib/certification/key';
import { partId, publicItem, type ExamItem } from '../../src/lib/certification/public';
import { itemArea, keyedResponse, quizBank, type QuizItem } from '../../src/lib/quiz';
import { drawExam } from '../../src/lib/quiz/draw';
import type { QuizResponse } from '../../src/lib/quiz/score';

const all = quizBank.map((item) => ({ item, area: itemArea(item) }));
const cert = certificationItems(quizBank, itemArea);
const { secret, bank } = bankOf(cert);
const key = (
  readKeyFile(JSON.parse(JSON.stringify(buildKeyFile(all, '0.1.0')))) as { key: LoadedKey }
).key;
const page = cert.map(({ item, area }) => publicItem(item, 'en', area, secret));
const T0 = Date.UTC(2026, 10, 23, 9, 0);

/** What a trainee who knows every answer would click on the exam page (public ids). */
function rightAnswer(item: QuizItem): QuizResponse {
  const r = keyedResponse(item);
  const id = (role: 'option' | 'left' | 'right' | 'step', p: string) =>
    partId(secret, item.id, role, p);
  switch (r.type) {
    case 'single':
      return { type: 'single', choice: r.choice && id('option', r.choice) };
    case 'multiple':
      return { type: 'multiple', choices: r.choices.map((c) => id('option', c)) };
    case 'matching':
      return {
        type: 'matching',
        matches: Object.fromEntries(
          Object.entries(r.matches).map(([l, x]) => [id('left', l), id('right', x!)]),
        ),
      };
    case 'ordering':
      return { type: 'ordering', order: r.order.map((s) => id('step', s)) };
    default:
      return r;
  }
}

function attempt(
  seed: string,
  answer: (item: QuizItem, n: number) => QuizResponse | undefined,
): AnswersFile {
  const drawn = drawExam(page, (i) => i.area, { size: 20, seed });
  const responses: Record<string, QuizResponse> = {};
  drawn.forEach((p, n) => {
    const r = answer(cert.find((c) => c.item.id === p.id)!.item, n);
    if (r) responses[p.id] = r;
  });
  return {
    format: ANSWERS_FORMAT,
    version: 1,
    bank,
    name: 'Łukasz Wójcik-Aydın',
    lang: 'en',
    seed,
    itemIds: drawn.map((i) => i.id),
    startedAt: T0,
    deadline: T0 + 30 * 60_000,
    finishedAt: T0 + 20 * 60_000,
    timedOut: false,
    responses,
  };
}

describe('certification items on the exam page', () => {
  it('split the bank: practice items have their key in the page, certification items do not', () => {
    expect(cert.length).toBeGreaterThanOrEqual(50);
    expect(quizBank.filter((i) => i.use === 'practice')).toHaveLength(14);
  });

  it('carry no key: no correct flag, answer or feedback, no authored part id', () => {
    for (const [n, p] of page.entries()) {
      const text = JSON.stringify(p);
      expect(text).not.toMatch(/"(correct|answer|feedback|pairs)"/);
      const source = cert[n]!.item;
      const ids = (p: ExamItem) =>
        'options' in p
          ? p.options
          : 'steps' in p
            ? p.steps
            : 'lefts' in p
              ? [...p.lefts, ...p.rights]
              : [];
      for (const part of ids(p)) expect(part.id).toMatch(/^p[0-9a-f]{12}$/);
      if (p.type === 'matching') {
        const lefts = new Set(p.lefts.map((l) => l.id));
        expect(p.rights.some((r) => lefts.has(r.id))).toBe(false);
      }
      expect(p.id).toBe(source.id);
    }
  });
});

describe('scoring answers with the key file', () => {
  it('the key file round-trips and names the bank of the page', () => {
    expect(key.bank).toBe(bank);
    expect(key.items).toHaveLength(cert.length);
    expect(key.all).toHaveLength(quizBank.length);
  });

  it('refuses a key file whose items were changed', () => {
    const file = buildKeyFile(all, '0.1.0');
    const changed = JSON.parse(JSON.stringify(file)) as { items: { item: QuizItem }[] };
    const target = changed.items.find(
      (i) => i.item.use === 'certification' && i.item.type === 'truefalse',
    )!.item as { answer: boolean };
    target.answer = !target.answer;
    expect(readKeyFile(changed)).toEqual({
      error: 'the key file was changed after it was written (its items do not match its secret)',
    });
    expect(readKeyFile({ ...file, version: 2 })).toHaveProperty('error');
  });

  it('scores a fully right attempt 100 % and certifiable', () => {
    const r = scoreAnswers(key, attempt('seed-1', rightAnswer));
    expect(r).toMatchObject({
      percent: 100,
      passed: true,
      problems: [],
      name: 'Łukasz Wójcik-Aydın',
    });
  });

  it('scores half right below the pass mark, and no answers 0 %', () => {
    const half = scoreAnswers(
      key,
      attempt('seed-2', (item, n) => (n % 2 ? rightAnswer(item) : undefined)),
    );
    expect(half).toMatchObject({ percent: 50, passed: false });
    expect(
      scoreAnswers(
        key,
        attempt('seed-3', () => undefined),
      ),
    ).toMatchObject({ percent: 0 });
  });

  it('refuses answers of another bank, and does not certify swapped items or lateness', () => {
    expect(
      scoreAnswers(key, { ...attempt('s', rightAnswer), bank: 'bank-0000000000000000' }),
    ).toHaveProperty('error');
    const swapped = attempt('seed-4', rightAnswer);
    const other = cert.find((c) => !swapped.itemIds.includes(c.item.id))!.item;
    swapped.itemIds[0] = other.id;
    swapped.responses[other.id] = rightAnswer(other);
    expect(scoreAnswers(key, swapped)).toMatchObject({
      passed: false,
      problems: ['the questions are not the ones the exam drew for this attempt'],
    });
    const late = { ...attempt('seed-5', rightAnswer), finishedAt: T0 + 45 * 60_000 };
    expect(scoreAnswers(key, late)).toMatchObject({ passed: false, percent: 100 });
  });

  it('does not accept the authored ids in place of the public ones', () => {
    const authored = attempt('seed-6', (item) => keyedResponse(item));
    const r = scoreAnswers(key, authored) as { percent: number };
    // True/false answers carry no ids; every other item scores 0 with the authored ids.
    const tf = authored.itemIds.filter(
      (id) => cert.find((c) => c.item.id === id)!.item.type === 'truefalse',
    );
    expect(r.percent).toBe(Math.floor((tf.length / 20) * 100));
  });
});
