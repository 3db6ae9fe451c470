import type { Lang } from '../vocabulary';
import { live as de, type LiveMessages } from './live-de';
import { live as en } from './live-en';

export type { LiveMessages };

/** The live pages' strings in one language (pages pass sections to their islands as props). */
export const liveStrings: Record<Lang, LiveMessages> = { de, en };
