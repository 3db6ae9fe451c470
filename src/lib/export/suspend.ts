/**
 * The learner's progress in an LMS package as `suspend_data`, and back. SCORM 1.2 allows 4,096
 * characters (SCORM 2004: 64,000), so the text is compact and positional: lessons read as a
 * "0"/"1" string, exam answers by exam position without their type (the exam's item gives it).
 *
 *   { "v": 1, "l": "0110", "e": [payload | null, ...], "s": percent | -1,
 *     "c": { "<scenario id>": [overall, timing, tone, empathy, personalization, resolution,
 *            channel] } }        (scenarios played to an ending; null = dimension n/a)
 *
 * payload per item type: single "optionId" · multiple ["id", ...] · truefalse 1 | 0 ·
 * matching { "leftId": "rightId" } · ordering ["stepId", ...].
 *
 * Whatever the LMS hands back is untrusted: `decodeSuspend` never throws; it keeps nothing of
 * a text it cannot read whole and says why, so the player starts cleanly with a note.
 */
import type { QuizResponse } from '../quiz/score';
import { CRITERIA } from '../vocabulary';
import type { ScenarioResult } from './passing';

export const SUSPEND_VERSION = 1;
/** SCORM 1.2's limit of cmi.suspend_data (CMIString4096). */
export const SCORM12_SUSPEND_LIMIT = 4096;

export interface CourseProgress {
  /** Per lesson in course order: opened at least once. */
  lessons: boolean[];
  /** Per exam position: the answer so far. */
  responses: (QuizResponse | undefined)[];
  /** The submitted exam's percentage, or null before submitting. */
  score: number | null;
  /** The latest result of each scenario played to an ending. */
  scenarios: ScenarioResult[];
}

/** Why stored progress was not used. */
export type SuspendProblem = 'malformed' | 'oversized' | 'other-course';

type ItemType = QuizResponse['type'];

export function emptyProgress(lessons: number, examItems: number): CourseProgress {
  return {
    lessons: Array.from({ length: lessons }, () => false),
    responses: Array.from({ length: examItems }, () => undefined),
    score: null,
    scenarios: [],
  };
}

function payload(r: QuizResponse | undefined): unknown {
  if (!r) return null;
  switch (r.type) {
    case 'single':
      return r.choice;
    case 'multiple':
      return r.choices;
    case 'truefalse':
      return r.value === null ? null : r.value ? 1 : 0;
    case 'matching':
      return r.matches;
    case 'ordering':
      return r.order;
  }
}

export function encodeSuspend(progress: CourseProgress): string {
  return JSON.stringify({
    v: SUSPEND_VERSION,
    l: progress.lessons.map((read) => (read ? '1' : '0')).join(''),
    e: progress.responses.map(payload),
    s: progress.score ?? -1,
    c: Object.fromEntries(
      progress.scenarios.map((r) => [r.id, [r.overall, ...CRITERIA.map((c) => r.scores[c])]]),
    ),
  });
}

const isIdList = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string');

/** The response of one stored payload, or `false` when it does not fit the item type. */
function response(type: ItemType, p: unknown): QuizResponse | undefined | false {
  if (p === null) return undefined;
  switch (type) {
    case 'single':
      return typeof p === 'string' ? { type, choice: p } : false;
    case 'multiple':
      return isIdList(p) ? { type, choices: p } : false;
    case 'truefalse':
      return p === 1 || p === 0 ? { type, value: p === 1 } : false;
    case 'matching':
      if (typeof p !== 'object' || Array.isArray(p)) return false;
      if (!Object.values(p).every((v) => typeof v === 'string')) return false;
      return { type, matches: p as Record<string, string> };
    case 'ordering':
      return isIdList(p) ? { type, order: p } : false;
  }
}

export type Decoded =
  | { progress: CourseProgress; problem?: undefined }
  | { progress: CourseProgress; problem: SuspendProblem };

/**
 * Progress from stored text for a course with `lessons` lessons and these exam item types.
 * Empty text is a first launch (no problem); anything unreadable gives empty progress and the
 * reason.
 */
export function decodeSuspend(
  text: string,
  course: {
    lessons: number;
    examTypes: readonly ItemType[];
    /** Ids of the course's scenarios (others' results are dropped). */
    scenarios?: readonly string[];
    limit?: number;
  },
): Decoded {
  const fresh = emptyProgress(course.lessons, course.examTypes.length);
  if (text === '') return { progress: fresh };
  if (text.length > (course.limit ?? SCORM12_SUSPEND_LIMIT * 16))
    return { progress: fresh, problem: 'oversized' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { progress: fresh, problem: 'malformed' };
  }
  if (typeof data !== 'object' || data === null) return { progress: fresh, problem: 'malformed' };
  const { v, l, e, s, c } = data as Record<string, unknown>;
  if (v !== SUSPEND_VERSION || typeof l !== 'string' || !/^[01]*$/.test(l) || !Array.isArray(e))
    return { progress: fresh, problem: 'malformed' };
  if (typeof s !== 'number' || !Number.isInteger(s) || s < -1 || s > 100)
    return { progress: fresh, problem: 'malformed' };
  // Another version of the course (other lessons, another exam) would put answers on the
  // wrong questions: nothing is carried over.
  if (l.length !== course.lessons || e.length !== course.examTypes.length)
    return { progress: fresh, problem: 'other-course' };
  const responses: (QuizResponse | undefined)[] = [];
  for (const [i, type] of course.examTypes.entries()) {
    const r = response(type, e[i]);
    if (r === false) return { progress: fresh, problem: 'malformed' };
    responses.push(r);
  }
  const scenarios = scenarioResults(c, course.scenarios);
  if (!scenarios) return { progress: fresh, problem: 'malformed' };
  return {
    progress: {
      lessons: [...l].map((ch) => ch === '1'),
      responses,
      score: s < 0 ? null : s,
      scenarios,
    },
  };
}

const isScore = (x: unknown): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 100;

/** Stored scenario results; results of scenarios the course does not hold are dropped. */
function scenarioResults(
  stored: unknown,
  known: readonly string[] | undefined,
): ScenarioResult[] | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const out: ScenarioResult[] = [];
  for (const [id, row] of Object.entries(stored)) {
    if (!Array.isArray(row) || row.length !== CRITERIA.length + 1) return undefined;
    const [overall, ...rest] = row as unknown[];
    if (!isScore(overall) || !rest.every((x) => x === null || isScore(x))) return undefined;
    if (known && !known.includes(id)) continue;
    const scores = Object.fromEntries(
      CRITERIA.map((c, i) => [c, rest[i]]),
    ) as ScenarioResult['scores'];
    out.push({ id, overall, scores });
  }
  return out;
}
