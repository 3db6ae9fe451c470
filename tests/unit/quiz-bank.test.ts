import { describe, expect, it } from 'vitest';
import { AREAS, guidelines } from '../../src/lib/guidelines';
import {
  itemArea,
  loadQuizBank,
  localiseItem,
  quizBank,
  quizSources,
  type QuizItem,
} from '../../src/lib/quiz';

/** Every bilingual text of an item, with a label for failure messages. */
function texts(item: QuizItem): [string, { de: string; en: string }][] {
  const out: [string, { de: string; en: string }][] = [['prompt', item.prompt]];
  if (item.type === 'single' || item.type === 'multiple') {
    for (const o of item.options)
      out.push([`option ${o.id}`, o.text], [`feedback ${o.id}`, o.feedback]);
  } else if (item.type === 'truefalse') {
    out.push(['feedback true', item.feedback.true], ['feedback false', item.feedback.false]);
  } else if (item.type === 'matching') {
    for (const p of item.pairs)
      out.push(
        [`left ${p.id}`, p.left],
        [`right ${p.id}`, p.right],
        [`feedback ${p.id}`, p.feedback],
      );
  } else {
    for (const s of item.steps)
      out.push([`step ${s.id}`, s.text], [`feedback ${s.id}`, s.feedback]);
  }
  return out;
}

describe('quiz bank', () => {
  it('has at least 66 items with enough of every type', () => {
    expect(quizBank.length).toBeGreaterThanOrEqual(66);
    const count = (type: string) => quizBank.filter((i) => i.type === type).length;
    for (const type of ['multiple', 'truefalse', 'matching', 'ordering']) {
      expect(count(type), type).toBeGreaterThanOrEqual(6);
    }
    expect(count('single')).toBeGreaterThanOrEqual(6);
  });

  it('assesses every guideline of the catalogue', () => {
    const assessed = new Set(quizBank.flatMap((i) => i.guidelines));
    expect(guidelines.filter((g) => !assessed.has(g.id)).map((g) => g.id)).toEqual([]);
  });

  it('uses unique item ids', () => {
    const ids = quizBank.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every area with at least four items, each file only its own area', () => {
    for (const area of AREAS) {
      expect(quizBank.filter((i) => itemArea(i) === area).length, area).toBeGreaterThanOrEqual(4);
    }
  });

  it('has every text in both languages, non-empty and not identical by accident', () => {
    for (const item of quizBank) {
      for (const [label, text] of texts(item)) {
        expect(text.de.trim().length, `${item.id} ${label} de`).toBeGreaterThan(0);
        expect(text.en.trim().length, `${item.id} ${label} en`).toBeGreaterThan(0);
      }
      // A prompt copied untranslated would read the same in both languages.
      expect(item.prompt.de, item.id).not.toBe(item.prompt.en);
    }
  });

  it('avoids "all of the above" style options', () => {
    const banned = /all of the above|alle (oben genannten|genannten)|none of the above|keine der/i;
    for (const item of quizBank) {
      for (const [label, text] of texts(item)) {
        expect(banned.test(text.en) || banned.test(text.de), `${item.id} ${label}`).toBe(false);
      }
    }
  });

  it('localises an item into plain data of one language', () => {
    const item = quizBank.find((i) => i.type === 'matching')!;
    const de = localiseItem(item, 'de');
    const en = localiseItem(item, 'en');
    expect(de.prompt).toBe(item.prompt.de);
    expect(en.prompt).toBe(item.prompt.en);
    expect(de.area).toBe(itemArea(item));
    expect(JSON.parse(JSON.stringify(en))).toEqual(en);
    if (en.type !== 'matching' || item.type !== 'matching') throw new Error('type lost');
    expect(en.pairs.map((p) => p.right)).toEqual(item.pairs.map((p) => p.right.en));
  });
});

describe('quiz bank validation', () => {
  const strategy = quizSources.find((s) => s.area === 'strategy')!;

  it('names file, item and field of a schema error', () => {
    const broken = strategy.text.replace('difficulty: 1', 'difficulty: 7');
    expect(() => loadQuizBank([{ ...strategy, text: broken }])).toThrow(
      /content\/quiz\/strategy\.yaml:\d+ {2}\[0\]\.difficulty: item "q-strategy-public-dialogue": must be one of 1, 2, 3, found 7/,
    );
  });

  it('rejects an unknown guideline id', () => {
    const broken = strategy.text.replace('[strategy.teamwork]', '[strategy.team-work]');
    expect(() => loadQuizBank([{ ...strategy, text: broken }])).toThrow(
      /unknown guideline id "strategy.team-work"/,
    );
  });

  it('rejects duplicate ids across files', () => {
    expect(() => loadQuizBank([strategy, { ...strategy, path: 'content/quiz/copy.yaml' }])).toThrow(
      /content\/quiz\/copy\.yaml:\d+ {2}\[0\]\.id: item "q-strategy-public-dialogue": the id is already used in content\/quiz\/strategy\.yaml/,
    );
  });

  it('rejects a single-choice item with two correct options', () => {
    const item = `- id: q-x
  type: single
  difficulty: 1
  guidelines: [strategy.teamwork]
  prompt: { de: "Frage", en: "Question" }
  options:
    - { id: a, correct: true, text: { de: "A", en: "A" }, feedback: { de: "A", en: "A" } }
    - { id: b, correct: true, text: { de: "B", en: "B" }, feedback: { de: "B", en: "B" } }
    - { id: c, correct: false, text: { de: "C", en: "C" }, feedback: { de: "C", en: "C" } }
`;
    expect(() => loadQuizBank([{ ...strategy, text: item }])).toThrow(
      /exactly one correct option, found 2/,
    );
  });

  it('rejects an item filed under the wrong area', () => {
    expect(() => loadQuizBank([{ ...strategy, area: 'praise' }])).toThrow(
      /belongs to area "strategy", not "praise"/,
    );
  });

  it('reports broken YAML with the file name', () => {
    expect(() => loadQuizBank([{ ...strategy, text: '- id: [' }])).toThrow(
      /strategy\.yaml:1 {2}\(file\): not valid YAML/,
    );
  });

  it('reports an alias bomb and an undefined alias with file and line', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
    ].join('\n');
    expect(() => loadQuizBank([{ ...strategy, text: bomb }])).toThrow(
      /strategy\.yaml:2 {2}\(file\): aliases expand to too much data/,
    );
    expect(() => loadQuizBank([{ ...strategy, text: '- *item' }])).toThrow(
      /strategy\.yaml:1 {2}\(file\): the alias \*item names no anchor/,
    );
  });
});
