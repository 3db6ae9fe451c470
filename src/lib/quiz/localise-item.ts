// One language of a quiz item, with its area given: import-free of the guideline catalogue, so
// the trainer page can localise the items of a key file without bundling the catalogue.
import type { Area } from '../guidelines/schema';
import type { Lang } from '../scoring/types';
import type { QuizItem } from './schema';

interface LocalisedBase {
  id: string;
  difficulty: 1 | 2 | 3;
  guidelines: string[];
  area: Area;
  prompt: string;
}
export interface LocalisedOption {
  id: string;
  text: string;
  correct: boolean;
  feedback: string;
}
export type LocalisedItem =
  | (LocalisedBase & { type: 'single'; options: LocalisedOption[] })
  | (LocalisedBase & { type: 'multiple'; options: LocalisedOption[] })
  | (LocalisedBase & {
      type: 'truefalse';
      answer: boolean;
      feedback: { true: string; false: string };
    })
  | (LocalisedBase & {
      type: 'matching';
      pairs: { id: string; left: string; right: string; feedback: string }[];
    })
  | (LocalisedBase & { type: 'ordering'; steps: { id: string; text: string; feedback: string }[] });

/**
 * One language of an item as plain, serialisable data (what the exam island receives as a prop).
 * Keeps the keys, so the same scoring applies to the bank and the localised copy.
 */
export function localiseItemIn(item: QuizItem, lang: Lang, area: Area): LocalisedItem {
  const base: LocalisedBase = {
    id: item.id,
    difficulty: item.difficulty,
    guidelines: [...item.guidelines],
    area,
    prompt: item.prompt[lang],
  };
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const options = item.options.map((o) => ({
        id: o.id,
        text: o.text[lang],
        correct: o.correct,
        feedback: o.feedback[lang],
      }));
      return item.type === 'single'
        ? { ...base, type: 'single', options }
        : { ...base, type: 'multiple', options };
    }
    case 'truefalse':
      return {
        ...base,
        type: 'truefalse',
        answer: item.answer,
        feedback: { true: item.feedback.true[lang], false: item.feedback.false[lang] },
      };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        pairs: item.pairs.map((p) => ({
          id: p.id,
          left: p.left[lang],
          right: p.right[lang],
          feedback: p.feedback[lang],
        })),
      };
    case 'ordering':
      return {
        ...base,
        type: 'ordering',
        steps: item.steps.map((s) => ({
          id: s.id,
          text: s.text[lang],
          feedback: s.feedback[lang],
        })),
      };
  }
}
