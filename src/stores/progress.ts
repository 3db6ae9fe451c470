import { persistentAtom } from '@nanostores/persistent';
import { isIsoMoment, isRecord, ownEntries } from '../lib/stored/decode';

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
 * `decodeProgress` and writes under its own key. A value with another "v" under this key is not
 * ours to read: it is ignored (noted as recovered).
 *
 * Decoding never throws and never loses a valid part: a broken lesson entry or answer is
 * dropped on its own, the rest is kept, and `recovered` says that something was dropped.
 * Prototype keys are ignored; `readAt` must be a moment between 2020 and tomorrow.
 * The checks are hand-written because this store runs on every lesson page, whose JavaScript
 * budget (5 KB gzip) zod would exceed on its own; tests/unit/progress-store.test.ts proves
 * with fast-check that every decoded value satisfies the zod schema `storedProgress` there.
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

const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
const isLessonId = (id: unknown): id is string => typeof id === 'string' && LESSON_ID.test(id);
const isReadEntry = (e: unknown): e is { readAt: string } => isRecord(e) && isIsoMoment(e.readAt);
const isAnswer = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 20;

/** Parses stored progress, keeping every valid part of damaged or old data. */
export function decodeProgress(raw: string | undefined): Progress {
  if (raw === undefined || raw === '') return { ...EMPTY };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ...EMPTY, recovered: true };
  }
  if (!isRecord(data) || data.v !== 1) return { ...EMPTY, recovered: true };

  let dropped = false;
  const lessons: Progress['lessons'] = {};
  if (isRecord(data.lessons)) {
    for (const [id, entry] of ownEntries(data.lessons)) {
      if (isLessonId(id) && isReadEntry(entry)) lessons[id] = { readAt: entry.readAt };
      else dropped = true;
    }
  } else if (data.lessons !== undefined) dropped = true;

  const checks: Progress['checks'] = {};
  if (isRecord(data.checks)) {
    for (const [id, answers] of ownEntries(data.checks)) {
      if (!isLessonId(id) || !isRecord(answers)) {
        dropped = true;
        continue;
      }
      const kept: Record<string, number> = {};
      for (const [question, option] of ownEntries(answers)) {
        if (/^\d{1,2}$/.test(question) && isAnswer(option)) kept[question] = option;
        else dropped = true;
      }
      checks[id] = kept;
    }
  } else if (data.checks !== undefined) dropped = true;

  const progress: Progress = { v: 1, lessons, checks };
  if (isLessonId(data.last)) {
    progress.last = data.last;
  } else if (data.last !== undefined) dropped = true;
  if (dropped) progress.recovered = true;
  return progress;
}

export function encodeProgress(progress: Progress): string {
  const { recovered: _recovered, ...stored } = progress;
  return JSON.stringify(stored);
}

export const progress = persistentAtom<Progress>(
  PROGRESS_KEY,
  { ...EMPTY },
  {
    encode: encodeProgress,
    decode: decodeProgress,
  },
);

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
