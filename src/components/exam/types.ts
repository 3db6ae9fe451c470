// Props shared by the exam islands: plain data built at build time by the exam page.
import type { ExamItem } from '../../lib/certification/public';
import type { LocalisedItem } from '../../lib/quiz/localise';

export type { ExamItem, LocalisedItem };

export interface ExamData {
  /** The practice exam (a self-assessment): its items and, on purpose, their key. */
  practice: { items: ExamItem[]; keys: LocalisedItem[] };
  /** The certification exam: items without any key, and the bank's public id. */
  certification: { bank: string; items: ExamItem[] };
  /** Guideline id → id of the lesson teaching it. */
  lessonOf: Record<string, string>;
  /** Lesson id → its title in the page's language (falls back to the id). */
  lessonTitles: Record<string, string>;
  /** Areas in course order, for the per-area result. */
  areaOrder: string[];
}

/** "mm:ss" of a duration in ms, never negative. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
