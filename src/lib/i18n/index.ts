import { de, type Messages } from './de';
import { en } from './en';
import type { Lang } from '../vocabulary';

export type { Messages };
export type { Lang };
export const LANGS: readonly Lang[] = ['de', 'en'];
export const DEFAULT_LANG: Lang = 'de';

const messages: Record<Lang, Messages> = { de, en };

export function t(lang: Lang): Messages {
  return messages[lang];
}

export function isLang(value: unknown): value is Lang {
  return value === 'de' || value === 'en';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'de' ? 'en' : 'de';
}

/** The same page in the other language: swaps the leading /de/ or /en/ segment. */
export function switchLangPath(pathname: string, to: Lang): string {
  return pathname.replace(/^\/(de|en)(?=\/|$)/, `/${to}`);
}

import { exam as deExam, trainer as deTrainer } from './de';
import { exam as enExam, trainer as enTrainer } from './en';

/**
 * One section in both languages. Islands use these instead of `t(lang)` so that a page's
 * bundle carries only the section it shows, not every string of the site. (The `sim` section
 * goes further: the pages pass it to their islands as props, so it is no JavaScript at all.)
 */
export const examStrings: Record<Lang, Messages['exam']> = { de: deExam, en: enExam };
export const trainerStrings: Record<Lang, Messages['trainer']> = { de: deTrainer, en: enTrainer };
