/** Both languages' messages, for tests that compare them (pages load one language pack). */
import { messages as de } from './lang/de-messages';
import { messages as en } from './lang/en-messages';

export const MESSAGES = { de, en } as const;
