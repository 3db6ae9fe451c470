import { getGuideline, type Area } from '../guidelines';
import type { Lang } from '../vocabulary';
import type { QuizItem } from './schema';
import { localiseItemIn, type LocalisedItem } from './localise-item';

export type { LocalisedItem, LocalisedOption } from './localise-item';

/** The area an item counts towards: the area of its first guideline (checked by the loader). */
export function itemArea(item: { readonly guidelines: readonly string[] }): Area {
  const first = getGuideline(item.guidelines[0] ?? '');
  if (!first) throw new Error(`quiz item assesses unknown guideline "${item.guidelines[0]}"`);
  return first.area;
}

/**
 * One language of an item as plain, serialisable data (what the exam island receives as a prop).
 * Keeps the keys, so the same scoring applies to the bank and the localised copy.
 */
export function localiseItem(item: QuizItem, lang: Lang): LocalisedItem {
  return localiseItemIn(item, lang, itemArea(item));
}
