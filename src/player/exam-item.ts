/**
 * The packaged test shows its items with the site's exam components, which take the public
 * item shape (`ExamItem`, no key).
 */
import type { ExamItem } from '../lib/certification/public';
import type { LocalisedItem } from '../lib/quiz/localise-item';

/**
 * A localised item (key included) as the exam components show it, with its own part ids: the
 * LMS packages carry their key anyway (the player scores in the learner's browser).
 */
export function examItemOf(item: LocalisedItem): ExamItem {
  const base = {
    id: item.id,
    area: item.area,
    guidelines: [...item.guidelines],
    prompt: item.prompt,
  };
  const parts = (list: readonly { id: string; text: string }[]) =>
    list.map((p) => ({ id: p.id, text: p.text }));
  switch (item.type) {
    case 'single':
      return { ...base, type: 'single', options: parts(item.options) };
    case 'multiple':
      return { ...base, type: 'multiple', options: parts(item.options) };
    case 'truefalse':
      return { ...base, type: 'truefalse' };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        lefts: parts(item.pairs.map((p) => ({ id: p.id, text: p.left }))),
        rights: parts(item.pairs.map((p) => ({ id: p.id, text: p.right }))),
      };
    case 'ordering':
      return { ...base, type: 'ordering', steps: parts(item.steps) };
  }
}
