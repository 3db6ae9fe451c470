import { persistentAtom } from '@nanostores/persistent';
import * as z from 'zod/mini';
import { drawExam } from '../lib/quiz/draw';
import { summariseExam, type AreaScore, type SummarisableItem } from '../lib/quiz/result';
import type { QuizResponse } from '../lib/quiz/score';

/**
 * Certification exam state, kept in this browser only (localStorage).
 *
 * Stored under "replylab:exam:v1" as JSON:
 *   {
 *     "v": 1,
 *     "current": null | {                    // the attempt being taken
 *       "seed": "<random string: drawing and display order>",
 *       "name": "<trainee's name for the certificate>",
 *       "lang": "de" | "en",
 *       "itemIds": ["<quiz item id>", …],    // the drawn items, in exam order
 *       "startedAt": <epoch ms>,
 *       "deadline": <epoch ms>,              // the deadline, not the time left: survives reloads
 *       "index": <item shown>,
 *       "responses": { "<item id>": <QuizResponse> }
 *     },
 *     "attempts": [ {                        // finished attempts, newest last, at most 20
 *       "seed", "name", "lang", "itemIds", "startedAt", "responses",
 *       "finishedAt": <epoch ms>, "timedOut": <bool>,
 *       "percent": 0-100, "passed": <bool>,
 *       "areas": [ { "area", "items", "percent" } ],
 *       "revisit": ["<lesson id>", …]
 *     } ]
 *   }
 *
 * Migrations: v1 is the first stored shape; a future v2 reads this key, converts it in
 * `decodeExam` and writes under its own key.
 *
 * Decoding never throws and keeps every valid part: a broken attempt is dropped on its own, a
 * broken answer is dropped from its attempt, a current attempt without a usable core (ids,
 * deadline) is dropped; `recovered` says something was dropped.
 */
export const EXAM_KEY = 'replylab:exam:v1';
export const EXAM_SIZE = 20;
export const EXAM_MINUTES = 30;
export const MAX_EXAM_ATTEMPTS = 20;

// zod/mini: the same schemas at a fraction of the bundle size of the chained API.
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,80}$/));
const short = z.string().check(z.maxLength(20));
const response = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), choice: z.nullable(short) }),
  z.object({ type: z.literal('multiple'), choices: z.array(short).check(z.maxLength(8)) }),
  z.object({ type: z.literal('truefalse'), value: z.nullable(z.boolean()) }),
  z.object({ type: z.literal('matching'), matches: z.record(short, z.nullable(short)) }),
  z.object({ type: z.literal('ordering'), order: z.array(short).check(z.maxLength(6)) }),
]);
const lang = z.enum(['de', 'en']);
const time = z.int().check(z.nonnegative());

const core = {
  /** Seeds the drawing and the display order of options. */
  seed: z.string().check(z.minLength(1), z.maxLength(40)),
  /** The trainee's name as typed on the start screen. */
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  /** Language the attempt is taken in. */
  lang,
  /** Drawn item ids in exam order. */
  itemIds: z.array(id).check(z.minLength(1), z.maxLength(40)),
  /** When the attempt started (epoch ms). */
  startedAt: time,
};

const current = z.object({
  ...core,
  /** When it must end (epoch ms); stored instead of the time left so a reload loses nothing. */
  deadline: time,
  /** Index of the item on screen. */
  index: z.int().check(z.nonnegative()),
});

const areaScore = z.object({
  /** Guideline area id. */
  area: z.string().check(z.maxLength(40)),
  /** Items of that area in the attempt. */
  items: z.int().check(z.nonnegative()),
  /** Score in the area, 0-100. */
  percent: z.number().check(z.gte(0), z.lte(100)),
});

const attempt = z.object({
  ...core,
  /** When the attempt was submitted (epoch ms). */
  finishedAt: time,
  /** Submitted automatically when the time ran out. */
  timedOut: z.boolean(),
  /** Overall score, 0-100, rounded down. */
  percent: z.int().check(z.gte(0), z.lte(100)),
  /** percent ≥ 80. */
  passed: z.boolean(),
  /** Score per guideline area. */
  areas: z.array(areaScore).check(z.maxLength(20)),
  /** Lesson ids to revisit. */
  revisit: z.array(id).check(z.maxLength(50)),
});

export type Current = z.infer<typeof current> & { responses: Record<string, QuizResponse> };
export type ExamAttempt = z.infer<typeof attempt> & { responses: Record<string, QuizResponse> };
export interface ExamState {
  v: 1;
  current: Current | null;
  attempts: ExamAttempt[];
  /** Set (not stored) when decoding had to drop damaged parts. */
  recovered?: boolean;
}

const EMPTY: ExamState = { v: 1, current: null, attempts: [] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the valid answers of a stored answer map; reports whether any was dropped. */
function decodeResponses(raw: unknown): [Record<string, QuizResponse>, boolean] {
  const kept: Record<string, QuizResponse> = {};
  if (!isRecord(raw)) return [kept, raw !== undefined];
  let dropped = false;
  for (const [key, value] of Object.entries(raw)) {
    const parsed = response.safeParse(value);
    if (id.safeParse(key).success && parsed.success) kept[key] = parsed.data;
    else dropped = true;
  }
  return [kept, dropped];
}

/** Parses stored exam state, keeping every valid part of damaged or old data. Never throws. */
export function decodeExam(raw: string | undefined): ExamState {
  if (raw === undefined || raw === '') return { ...EMPTY, attempts: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ...EMPTY, attempts: [], recovered: true };
  }
  if (!isRecord(data)) return { ...EMPTY, attempts: [], recovered: true };
  let dropped = false;

  let cur: Current | null = null;
  if (data.current !== null && data.current !== undefined) {
    const parsed = current.safeParse(data.current);
    if (parsed.success) {
      const [responses, lost] = decodeResponses(
        (data.current as { responses?: unknown }).responses,
      );
      const index = Math.min(parsed.data.index, parsed.data.itemIds.length - 1);
      cur = { ...parsed.data, index, responses };
      dropped ||= lost;
    } else dropped = true;
  }

  const attempts: ExamAttempt[] = [];
  if (Array.isArray(data.attempts)) {
    for (const entry of data.attempts) {
      const parsed = attempt.safeParse(entry);
      if (!parsed.success) {
        dropped = true;
        continue;
      }
      const [responses, lost] = decodeResponses((entry as { responses?: unknown }).responses);
      attempts.push({ ...parsed.data, responses });
      dropped ||= lost;
    }
  } else if (data.attempts !== undefined) dropped = true;

  const state: ExamState = { v: 1, current: cur, attempts: attempts.slice(-MAX_EXAM_ATTEMPTS) };
  if (dropped) state.recovered = true;
  return state;
}

function encodeExam(state: ExamState): string {
  const { recovered: _ignored, ...rest } = state;
  return JSON.stringify(rest);
}

export const exam = persistentAtom<ExamState>(
  EXAM_KEY,
  { ...EMPTY, attempts: [] },
  {
    encode: encodeExam,
    decode: decodeExam,
  },
);

function randomSeed(): string {
  return Math.random().toString(36).slice(2, 12) || 'seed';
}

/** Starts an attempt: draws items avoiding the previous attempt's, sets the deadline. */
export function startExam(options: {
  bank: readonly { id: string; area: string }[];
  name: string;
  lang: 'de' | 'en';
  now: number;
  seed?: string;
  minutes?: number;
}): Current {
  const state = exam.get();
  const previous = state.attempts.at(-1)?.itemIds ?? [];
  const seed = options.seed ?? randomSeed();
  const items = drawExam(options.bank, (i) => i.area, { size: EXAM_SIZE, seed, previous });
  const cur: Current = {
    seed,
    name: options.name.trim().replace(/\s+/g, ' ').slice(0, 120),
    lang: options.lang,
    itemIds: items.map((i) => i.id),
    startedAt: options.now,
    deadline: options.now + (options.minutes ?? EXAM_MINUTES) * 60_000,
    index: 0,
    responses: {},
  };
  exam.set({ v: 1, current: cur, attempts: state.attempts });
  return cur;
}

export function answerItem(itemId: string, value: QuizResponse): void {
  const state = exam.get();
  if (!state.current?.itemIds.includes(itemId)) return;
  const responses = { ...state.current.responses, [itemId]: value };
  exam.set({ ...state, current: { ...state.current, responses } });
}

export function goToItem(index: number): void {
  const state = exam.get();
  if (!state.current) return;
  const clamped = Math.max(0, Math.min(index, state.current.itemIds.length - 1));
  exam.set({ ...state, current: { ...state.current, index: clamped } });
}

/** Scores and files the current attempt; returns it (null if there was none). */
export function finishExam(options: {
  bank: readonly SummarisableItem[];
  lessonOf: Readonly<Record<string, string>>;
  areaOrder?: readonly string[];
  now: number;
  timedOut?: boolean;
}): ExamAttempt | null {
  const state = exam.get();
  const cur = state.current;
  if (!cur) return null;
  const byId = new Map(options.bank.map((i) => [i.id, i]));
  const items = cur.itemIds.flatMap((i) => byId.get(i) ?? []);
  const summary = summariseExam(items, cur.responses, options.lessonOf, options.areaOrder);
  const done: ExamAttempt = {
    seed: cur.seed,
    name: cur.name,
    lang: cur.lang,
    itemIds: cur.itemIds,
    startedAt: cur.startedAt,
    responses: cur.responses,
    finishedAt: Math.max(options.now, cur.startedAt),
    timedOut: options.timedOut ?? false,
    percent: summary.percent,
    passed: summary.passed,
    areas: summary.areas satisfies AreaScore[],
    revisit: summary.revisit,
  };
  exam.set({ v: 1, current: null, attempts: [...state.attempts, done].slice(-MAX_EXAM_ATTEMPTS) });
  return done;
}

/** Abandons the current attempt without filing it. */
export function discardExam(): void {
  exam.set({ ...exam.get(), current: null });
}

/** The newest passed attempt, for the certificate. */
export function latestPassed(state: ExamState): ExamAttempt | undefined {
  return [...state.attempts].reverse().find((a) => a.passed);
}
