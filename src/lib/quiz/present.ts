// Display order of an item's parts in one attempt. The bank lists the keyed answer first (or in
// its correct order), so the learner must never see that order; the shuffle is seeded by the
// attempt and item, so a reload shows the same order. Pure and import-free for the island.
import { seededRandom, shuffle } from './draw';
import type { QuizResponse } from './score';

type Presentable =
  | { id: string; type: 'single' | 'multiple'; options: readonly { id: string }[] }
  | { id: string; type: 'truefalse' }
  | { id: string; type: 'matching'; pairs: readonly { id: string }[] }
  /** An exam item (src/lib/certification/public.ts): the right-hand sides are listed apart. */
  | { id: string; type: 'matching'; rights: readonly { id: string }[] }
  | { id: string; type: 'ordering'; steps: readonly { id: string }[] };

/**
 * Part ids in display order: options (single/multiple), right-hand sides (matching), the
 * starting order of the steps (ordering – never already correct), nothing for true/false.
 */
export function presentationOrder(item: Presentable, seed: string): string[] {
  const random = seededRandom(`${seed}:${item.id}`);
  switch (item.type) {
    case 'truefalse':
      return [];
    case 'single':
    case 'multiple':
      return shuffle(
        item.options.map((o) => o.id),
        random,
      );
    case 'matching': {
      const ids = ('rights' in item ? item.rights : item.pairs).map((p) => p.id);
      const order = shuffle(ids, random);
      // Right sides in keyed order would pair every row with the option at the same position.
      return order.join() === ids.join() ? [...ids.slice(1), ids[0]!] : order;
    }
    case 'ordering': {
      const ids = item.steps.map((s) => s.id);
      const order = shuffle(ids, random);
      return order.join() === ids.join() ? [...ids.slice(1), ids[0]!] : order;
    }
  }
}

/**
 * The answers to hand in for ordering items left as they were shown: the learner saw that
 * order and let it stand. In the certification the page cannot know the right order (the key
 * is not in the site), so it may show it by chance; leaving it is then the right answer.
 */
export const shownOrders = (
  items: readonly Presentable[],
  responses: Readonly<Record<string, QuizResponse>>,
  seed: string,
): [string, QuizResponse][] =>
  items.flatMap((i) =>
    i.type === 'ordering' && !responses[i.id]
      ? [[i.id, { type: 'ordering', order: presentationOrder(i, seed) }]]
      : [],
  );
