import { persistentAtom } from '@nanostores/persistent';
import * as z from 'zod/mini';

/**
 * Course progress, kept in this browser only (localStorage), shared by both languages because
 * it is keyed by lesson id, never by URL.
 *
 * Stored under "replylab:progress:v1" as JSON:
 *   {
 *     "v": 1,
 *     "lessons": { "<lessonId>": { "readAt": "<ISO date>" } },
 *     "checks":  { "<lessonId>": { "<questionIndex>": <optionIndex> } },
 *     "last": "<lessonId of the lesson opened last>"   // optional
 *   }
 *
 * Migrations: v1 is the first stored shape. A future v2 reads the v1 key, converts it in
 * `decodeProgress` and writes under its own key; unknown versions are read field by field.
 *
 * Decoding never throws and never loses a valid part: a broken lesson entry or answer is
 * dropped on its own, the rest is kept, and `recovered` says that something was dropped.
 */
export const PROGRESS_KEY = 'replylab:progress:v1';

export interface Progress {
  v: 1;
  lessons: Record<string, { readAt: string }>;
  checks: Record<string, Record<string, number>>;
  last?: string;
  /** Set (not stored) when decoding had to drop damaged parts. */
  recovered?: boolean;
}

const EMPTY: Progress = { v: 1, lessons: {}, checks: {} };

const lessonId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,80}$/));
const readEntry = z.object({ readAt: z.string().check(z.maxLength(40)) });
const answer = z.int().check(z.minimum(0), z.maximum(20));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses stored progress, keeping every valid part of damaged or old data. */
export function decodeProgress(raw: string | undefined): Progress {
  if (raw === undefined || raw === '') return { ...EMPTY };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ...EMPTY, recovered: true };
  }
  if (!isRecord(data)) return { ...EMPTY, recovered: true };

  let dropped = false;
  const lessons: Progress['lessons'] = {};
  if (isRecord(data.lessons)) {
    for (const [id, entry] of Object.entries(data.lessons)) {
      const parsed = readEntry.safeParse(entry);
      if (lessonId.safeParse(id).success && parsed.success) lessons[id] = parsed.data;
      else dropped = true;
    }
  } else if (data.lessons !== undefined) dropped = true;

  const checks: Progress['checks'] = {};
  if (isRecord(data.checks)) {
    for (const [id, answers] of Object.entries(data.checks)) {
      if (!lessonId.safeParse(id).success || !isRecord(answers)) {
        dropped = true;
        continue;
      }
      const kept: Record<string, number> = {};
      for (const [question, option] of Object.entries(answers)) {
        if (/^\d{1,2}$/.test(question) && answer.safeParse(option).success)
          kept[question] = option as number;
        else dropped = true;
      }
      checks[id] = kept;
    }
  } else if (data.checks !== undefined) dropped = true;

  const progress: Progress = { v: 1, lessons, checks };
  if (typeof data.last === 'string' && lessonId.safeParse(data.last).success) {
    progress.last = data.last;
  } else if (data.last !== undefined) dropped = true;
  if (data.v !== 1) dropped = true;
  if (dropped) progress.recovered = true;
  return progress;
}

export function encodeProgress(progress: Progress): string {
  const { recovered: _recovered, ...stored } = progress;
  return JSON.stringify(stored);
}

export const progress = persistentAtom<Progress>(PROGRESS_KEY, { ...EMPTY }, {
  encode: encodeProgress,
  decode: decodeProgress,
});

export function markLessonRead(id: string, now: Date = new Date()): void {
  const current = progress.get();
  if (current.lessons[id]) return;
  progress.set({
    ...current,
    recovered: false,
    lessons: { ...current.lessons, [id]: { readAt: now.toISOString() } },
  });
}

export function markLessonOpened(id: string): void {
  const current = progress.get();
  if (current.last !== id) progress.set({ ...current, last: id });
}

export function recordCheckAnswer(lesson: string, question: number, option: number): void {
  const current = progress.get();
  progress.set({
    ...current,
    checks: {
      ...current.checks,
      [lesson]: { ...current.checks[lesson], [String(question)]: option },
    },
  });
}

export function resetProgress(): void {
  progress.set({ ...EMPTY });
}

export function isLessonRead(p: Progress, id: string): boolean {
  return p.lessons[id] !== undefined;
}
