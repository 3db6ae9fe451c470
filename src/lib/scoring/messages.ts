/**
 * Messages for findings that come from structure (timing, names, overlap, channel choice)
 * rather than from one rule's words. {q} is a quote, {n} a number, {name} a name.
 */
import { de } from './messages-de';
import { en } from './messages-en';

export type Messages = Record<string, string>;

/** Both languages' messages, for tests that compare them (pages import one language file). */
export const MESSAGES = { de, en } as const;
