import { persistentAtom } from '@nanostores/persistent';
import * as z from 'zod/mini';
import {
  ANSWERS_FORMAT,
  answersFile,
  quizResponse as response,
  type AnswersFile,
} from '../lib/certification/formats';
import { cleanLine, isMoment, isRecord, ownEntries } from '../lib/stored/decode';
import { drawExam } from '../lib/quiz/draw';
import { summariseExam, type AreaScore, type SummarisableItem } from '../lib/quiz/result';
import { PASS_MARK, type QuizResponse } from '../lib/quiz/score';

/**
 * Certification exam state, kept in this browser only (localStorage).
 *
 * Stored under "replylab:exam:v1" as JSON:
 *   {
 *     "v": 1,
 *     "current": null | {                    // the attempt being taken
 *       "mode": "practice" | "certification", // optional, "practice" when missing
 *       "bank": "<bank id>",                  // certification only: the answers file names it
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
 *     } ],                                   // practice attempts only: scored in the browser
 *     "submitted": [ <answers file> ]        // certification attempts handed in, newest last,
 *                                            // at most 5 (src/lib/certification/formats.ts)
 *   }
 *
 * Migrations: v1 is the first stored shape; `mode`, `bank` and `submitted` were added to it
 * (a v1 value without them is a practice attempt and no submissions). A value with another "v"
 * under this key is ignored; a future v2 reads this key, converts it in `decodeExam` and writes
 * under its own key.
 *
 * Decoding never throws and keeps every valid part: a broken attempt is dropped on its own, a
 * broken answer is dropped from its attempt, a current attempt without a usable core (ids,
 * deadline) is dropped; `recovered` says something was dropped. Field by field: prototype keys
 * are ignored; times are moments between 2020 and tomorrow, in order, and an attempt lasts at
 * most a day; names are non-blank single lines; an item listed twice, the same attempt stored
 * twice and answers naming a part twice are dropped; `passed` must agree with `percent`.
 */
export const EXAM_KEY = 'replylab:exam:v1';
export const EXAM_SIZE = 20;
export const EXAM_MINUTES = 30;
export const MAX_EXAM_ATTEMPTS = 20;
export const MAX_SUBMITTED = 5;
/** An attempt lasts at most this long (the exam allows 30 minutes). */
const MAX_DURATION = 86_400_000;

// zod/mini: the same schemas at a fraction of the bundle size of the chained API.
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,80}$/));
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
  /** Practice (scored here) or certification (answers handed to the trainer). */
  mode: z.optional(z.enum(['practice', 'certification'])),
  /** The certification bank's id (certification only). */
  bank: z.optional(z.string().check(z.maxLength(40))),
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

export type Mode = 'practice' | 'certification';
export type Current = Omit<z.infer<typeof current>, 'mode'> & {
  mode: Mode;
  responses: Record<string, QuizResponse>;
};
export type ExamAttempt = z.infer<typeof attempt> & { responses: Record<string, QuizResponse> };
export interface ExamState {
  v: 1;
  current: Current | null;
  attempts: ExamAttempt[];
  /** Certification answers handed in, newest last. */
  submitted: AnswersFile[];
  /** Set (not stored) when decoding had to drop damaged parts. */
  recovered?: boolean;
}

const EMPTY: ExamState = { v: 1, current: null, attempts: [], submitted: [] };
const empty = (recovered = false): ExamState => ({
  ...EMPTY,
  attempts: [],
  submitted: [],
  ...(recovered ? { recovered } : {}),
});

const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;

/** A stored answer is usable: no part named twice (the lists are keyed by part id). */
function answerFits(r: QuizResponse): boolean {
  if (r.type === 'multiple') return unique(r.choices);
  if (r.type === 'ordering') return unique(r.order);
  return true;
}

/** Start, deadline and end in order, between 2020 and tomorrow, at most a day apart. */
function timesFit(startedAt: number, later: readonly number[], now: number): boolean {
  return (
    isMoment(startedAt, now) &&
    later.every(
      (t) => isMoment(t, now + MAX_DURATION) && t >= startedAt && t - startedAt <= MAX_DURATION,
    )
  );
}

/** Keeps the valid answers of a stored answer map; reports whether any was dropped. */
function decodeResponses(
  raw: unknown,
  itemIds: readonly string[],
): [Record<string, QuizResponse>, boolean] {
  const kept: Record<string, QuizResponse> = {};
  if (!isRecord(raw)) return [kept, raw !== undefined];
  let dropped = false;
  for (const [key, value] of ownEntries(raw)) {
    const parsed = response.safeParse(value);
    if (itemIds.includes(key) && parsed.success && answerFits(parsed.data)) kept[key] = parsed.data;
    else dropped = true;
  }
  return [kept, dropped];
}

/** The core every stored attempt shares, cleaned; undefined when it cannot be used. */
function fitCore<T extends { name: string; itemIds: string[] }>(value: T): T | undefined {
  const name = cleanLine(value.name);
  // A name must show something: at least one letter or digit (not only invisible characters).
  if (!/[\p{L}\p{N}]/u.test(name) || !unique(value.itemIds)) return undefined;
  return { ...value, name };
}

/** A handed-in certification attempt, if it is whole. */
function decodeSubmitted(raw: unknown, now: number): AnswersFile | undefined {
  const parsed = answersFile.safeParse(raw);
  if (!parsed.success) return undefined;
  const a = fitCore(parsed.data);
  if (!a || !timesFit(a.startedAt, [a.deadline, a.finishedAt], now)) return undefined;
  const [responses, lost] = decodeResponses(a.responses, a.itemIds);
  return lost ? undefined : { ...a, responses };
}

/** Parses stored exam state, keeping every valid part of damaged or old data. Never throws. */
export function decodeExam(raw: string | undefined, now = Date.now()): ExamState {
  if (raw === undefined || raw === '') return empty();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return empty(true);
  }
  if (!isRecord(data) || data.v !== 1) return empty(true);
  let dropped = false;

  let cur: Current | null = null;
  if (data.current !== null && data.current !== undefined) {
    const parsed = current.safeParse(data.current);
    const core = parsed.success ? fitCore(parsed.data) : undefined;
    const certification = core?.mode === 'certification';
    if (
      core &&
      timesFit(core.startedAt, [core.deadline], now) &&
      (!certification || core.bank !== undefined)
    ) {
      const [responses, lost] = decodeResponses(
        (data.current as { responses?: unknown }).responses,
        core.itemIds,
      );
      const index = Math.min(core.index, core.itemIds.length - 1);
      cur = { ...core, mode: core.mode ?? 'practice', index, responses };
      dropped ||= lost;
    } else dropped = true;
  }

  const attempts: ExamAttempt[] = [];
  const seen = new Set<string>();
  if (Array.isArray(data.attempts)) {
    for (const entry of data.attempts.slice(-MAX_EXAM_ATTEMPTS * 2)) {
      const parsed = attempt.safeParse(entry);
      const a = parsed.success ? fitCore(parsed.data) : undefined;
      const key = a ? `${a.seed}|${a.finishedAt}` : '';
      if (
        !a ||
        seen.has(key) ||
        !timesFit(a.startedAt, [a.finishedAt], now) ||
        a.passed !== a.percent >= PASS_MARK ||
        !unique(a.areas.map((x) => x.area)) ||
        !unique(a.revisit)
      ) {
        dropped = true;
        continue;
      }
      seen.add(key);
      const [responses, lost] = decodeResponses(
        (entry as { responses?: unknown }).responses,
        a.itemIds,
      );
      attempts.push({ ...a, responses });
      dropped ||= lost;
    }
  } else if (data.attempts !== undefined) dropped = true;

  const submitted: AnswersFile[] = [];
  if (Array.isArray(data.submitted)) {
    for (const entry of data.submitted.slice(-MAX_SUBMITTED)) {
      const a = decodeSubmitted(entry, now);
      if (a && !submitted.some((b) => b.seed === a.seed && b.finishedAt === a.finishedAt))
        submitted.push(a);
      else dropped = true;
    }
  } else if (data.submitted !== undefined) dropped = true;

  const state: ExamState = {
    v: 1,
    current: cur,
    attempts: attempts.slice(-MAX_EXAM_ATTEMPTS),
    submitted,
  };
  if (dropped || attempts.length > MAX_EXAM_ATTEMPTS) state.recovered = true;
  return state;
}

function encodeExam(state: ExamState): string {
  const { recovered: _ignored, ...rest } = state;
  return JSON.stringify(rest);
}

export const exam = persistentAtom<ExamState>(EXAM_KEY, empty(), {
  encode: encodeExam,
  decode: (raw) => decodeExam(raw),
});

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
  /** Certification: the bank id; the drawing then depends on the seed alone. */
  certification?: { bank: string };
}): Current {
  const state = exam.get();
  const certification = options.certification;
  // A certification draw must be repeatable by the trainer from the seed alone.
  const previous = certification ? [] : (state.attempts.at(-1)?.itemIds ?? []);
  const seed = options.seed ?? randomSeed();
  const items = drawExam(options.bank, (i) => i.area, { size: EXAM_SIZE, seed, previous });
  const cur: Current = {
    mode: certification ? 'certification' : 'practice',
    ...(certification ? { bank: certification.bank } : {}),
    seed,
    name: cleanLine(options.name).slice(0, 120),
    lang: options.lang,
    itemIds: items.map((i) => i.id),
    startedAt: options.now,
    deadline: options.now + (options.minutes ?? EXAM_MINUTES) * 60_000,
    index: 0,
    responses: {},
  };
  exam.set({ ...state, current: cur });
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
    // Never after the deadline: a page opened days later files the attempt as timed out then.
    finishedAt: Math.min(Math.max(options.now, cur.startedAt), cur.deadline),
    timedOut: options.timedOut ?? false,
    percent: summary.percent,
    passed: summary.passed,
    areas: summary.areas satisfies AreaScore[],
    revisit: summary.revisit,
  };
  exam.set({
    ...state,
    current: null,
    attempts: [...state.attempts, done].slice(-MAX_EXAM_ATTEMPTS),
  });
  return done;
}

/**
 * Hands in the current certification attempt: its answers file is kept (so it can be
 * downloaded again) and returned; nothing is scored here, the key is not in the site.
 */
export function submitCertification(options: {
  now: number;
  timedOut?: boolean;
}): AnswersFile | null {
  const state = exam.get();
  const cur = state.current;
  if (!cur || cur.mode !== 'certification' || !cur.bank) return null;
  const file: AnswersFile = {
    format: ANSWERS_FORMAT,
    version: 1,
    bank: cur.bank,
    name: cur.name,
    lang: cur.lang,
    seed: cur.seed,
    itemIds: cur.itemIds,
    startedAt: cur.startedAt,
    deadline: cur.deadline,
    finishedAt: Math.min(Math.max(options.now, cur.startedAt), cur.deadline),
    timedOut: options.timedOut ?? false,
    responses: cur.responses,
  };
  exam.set({
    ...state,
    current: null,
    submitted: [...state.submitted, file].slice(-MAX_SUBMITTED),
  });
  return file;
}

/** Abandons the current attempt without filing it. */
export function discardExam(): void {
  exam.set({ ...exam.get(), current: null });
}

/** The newest passed practice attempt, for the self-assessment certificate. */
export function latestPassed(state: ExamState): ExamAttempt | undefined {
  return [...state.attempts].reverse().find((a) => a.passed);
}

/** A file name for an answers file: safe characters only. */
export function answersFileName(file: AnswersFile): string {
  const who = file.name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `replylab-answers-${who || 'trainee'}-${new Date(file.finishedAt).toISOString().slice(0, 10)}.json`;
}
