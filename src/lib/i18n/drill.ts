import type { Lang } from '../vocabulary';
import { drill as de, type DrillMessages } from './drill-de';
import { drill as en } from './drill-en';

export type { DrillMessages };

/** The drill pages' strings in one language (pages pass sections to their islands as props). */
export const drillStrings: Record<Lang, DrillMessages> = { de, en };
