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
 * Where the learner was (optional): "w": lesson index | "e" (exam) | "l" (scenario library) |
 * "s:<scenario id>".
 *
 * Scenarios in progress (optional keys, absent when none is):
 *
 *   "n": ["agent name", ...]       the names the trainee played under, each once
 *   "p": { "<scenario id>": "<play>" | ["<play>", "<draft>"] }
 *
 * <play> = <input f|c><mode c|a><channel 0-3><seed base 36>.<seconds played base 36>.<name
 * index, empty for none>:<moves> — the moves in the compact form of src/lib/sim/moves.ts
 * (decision indices, waits, a free-text reply's transition and scores; never snapshots).
 *
 * Whatever the LMS hands back is untrusted: `decodeSuspend` never throws; it keeps nothing of
 * a text it cannot read whole and says why, so the player starts cleanly with a note.
 */
import type { QuizResponse } from '../quiz/score';
import {
  decodeMoves,
  encodeMoves,
  REPLY_CHANNELS,
  type Move,
  type ReplyChannel,
} from '../sim/moves';
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
  /** Scenarios in progress, the one changed last at the end. */
  plays: KeptPlay[];
  /** The screen the learner was on (absent: the first lesson). */
  place?: Place | undefined;
}

/** A screen of the player. */
export type Place =
  | { kind: 'lesson'; index: number }
  | { kind: 'exam' }
  | { kind: 'scenarios' }
  | { kind: 'scenario'; id: string };

function placeCode(place: Place): number | string {
  switch (place.kind) {
    case 'lesson':
      return place.index;
    case 'exam':
      return 'e';
    case 'scenarios':
      return 'l';
    case 'scenario':
      return `s:${place.id}`;
  }
}

/** The place a stored code names; null when it names none of the course's screens. */
function placeOf(
  code: unknown,
  lessons: number,
  scenarios: readonly string[] | undefined,
): Place | undefined | null {
  if (code === undefined) return undefined;
  if (typeof code === 'number')
    return Number.isInteger(code) && code >= 0 && code < lessons
      ? { kind: 'lesson', index: code }
      : null;
  if (code === 'e') return { kind: 'exam' };
  if (code === 'l') return { kind: 'scenarios' };
  if (typeof code !== 'string' || !code.startsWith('s:')) return null;
  const id = code.slice(2);
  // A scenario the course does not hold (any more): its library instead.
  return !scenarios || scenarios.includes(id) ? { kind: 'scenario', id } : { kind: 'scenarios' };
}

/** A scenario in progress: enough to rebuild it (`replaySimulation`) and put the draft back. */
export interface KeptPlay {
  /** The scenario's id. */
  id: string;
  input: 'free' | 'choice';
  mode: 'coaching' | 'assessment';
  /** The channel picked in the composer. */
  channel: ReplyChannel;
  /** The option order in choice mode (32 bits). */
  seed: number;
  /** Real time played, whole seconds. */
  seconds: number;
  /** The name the trainee plays under (it reaches the scorer's sign-off check). */
  agentName?: string | undefined;
  moves: Move[];
  /** The reply being written ('' for none). */
  draft: string;
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
    plays: [],
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

/** The stored text, drafts as they are (see `fitSuspend` for an LMS's limit). */
export function encodeSuspend(progress: CourseProgress): string {
  const names = [...new Set(progress.plays.flatMap((p) => (p.agentName ? [p.agentName] : [])))];
  const play = (p: KeptPlay) => {
    const head =
      (p.input === 'free' ? 'f' : 'c') +
      (p.mode === 'coaching' ? 'c' : 'a') +
      String(REPLY_CHANNELS.indexOf(p.channel)) +
      `${(p.seed >>> 0).toString(36)}.${Math.max(0, Math.floor(p.seconds)).toString(36)}.` +
      `${p.agentName ? names.indexOf(p.agentName) : ''}:${encodeMoves(p.moves)}`;
    return p.draft ? [head, p.draft] : head;
  };
  return JSON.stringify({
    v: SUSPEND_VERSION,
    l: progress.lessons.map((read) => (read ? '1' : '0')).join(''),
    e: progress.responses.map(payload),
    s: progress.score ?? -1,
    c: Object.fromEntries(
      progress.scenarios.map((r) => [r.id, [r.overall, ...CRITERIA.map((c) => r.scores[c])]]),
    ),
    ...(progress.place ? { w: placeCode(progress.place) } : {}),
    ...(names.length > 0 ? { n: names } : {}),
    ...(progress.plays.length > 0
      ? { p: Object.fromEntries(progress.plays.map((p) => [p.id, play(p)])) }
      : {}),
  });
}

/** Longest draft kept: longer ones are cut (the longest reply a platform takes is shorter). */
export const MAX_DRAFT = 2000;

/** A draft cut to at most `max` characters, at a space when one is near, marked with "…". */
export function cutDraft(draft: string, max: number): string {
  if (draft.length <= max) return draft;
  if (max <= 1) return '';
  let cut = draft.slice(0, max - 1);
  // Never half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space >= cut.length - 16 && space > 0) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

export interface Fitted {
  text: string;
  /** The length drafts were cut to (`MAX_DRAFT` when the limit did not make them shorter). */
  draftLimit: number;
  /** Ids of plays in progress left out because even without drafts they did not fit. */
  dropped: string[];
}

/**
 * The stored text within `limit` characters: drafts are cut to the longest length at which
 * everything fits (each draft to the same length), and only if the text is too long without
 * any draft are plays in progress left out, the least recently changed first. Lessons, exam
 * and finished results always fit (1,092 characters at most, see the budget test).
 */
export function fitSuspend(progress: CourseProgress, limit: number): Fitted {
  const withDrafts = (max: number, plays = progress.plays) => ({
    ...progress,
    plays: plays.map((p) => ({ ...p, draft: cutDraft(p.draft, max) })),
  });
  const longest = Math.min(MAX_DRAFT, Math.max(0, ...progress.plays.map((p) => p.draft.length)));
  const whole = encodeSuspend(withDrafts(MAX_DRAFT));
  if (whole.length <= limit) return { text: whole, draftLimit: MAX_DRAFT, dropped: [] };
  let plays = progress.plays;
  const dropped: string[] = [];
  while (encodeSuspend(withDrafts(0, plays)).length > limit && plays.length > 0) {
    dropped.push(plays[0]!.id);
    plays = plays.slice(1);
  }
  // The longest draft length that fits: binary search over 0..longest.
  let lo = 0;
  let hi = longest;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (encodeSuspend(withDrafts(mid, plays)).length <= limit) lo = mid;
    else hi = mid - 1;
  }
  return { text: encodeSuspend(withDrafts(lo, plays)), draftLimit: lo, dropped };
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
  const { v, l, e, s, c, n, p, w } = data as Record<string, unknown>;
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
  const plays = keptPlays(n, p, course.scenarios);
  if (!plays) return { progress: fresh, problem: 'malformed' };
  const place = placeOf(w, course.lessons, course.scenarios);
  if (place === null) return { progress: fresh, problem: 'malformed' };
  return {
    progress: {
      lessons: [...l].map((ch) => ch === '1'),
      responses,
      score: s < 0 ? null : s,
      scenarios,
      plays,
      ...(place ? { place } : {}),
    },
  };
}

const PLAY = /^([fc])([ca])([0-3])([0-9a-z]{1,7})\.([0-9a-z]{1,7})\.(\d{0,3}):(.*)$/s;
const MAX_NAME = 40;

/**
 * Stored plays in progress; plays of scenarios the course does not hold are dropped. Only
 * their form is checked here: whether the moves fit the scenario shows when they are replayed.
 */
function keptPlays(
  names: unknown,
  stored: unknown,
  known: readonly string[] | undefined,
): KeptPlay[] | undefined {
  if (stored === undefined) return names === undefined ? [] : undefined;
  const list = names ?? [];
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && x.length <= MAX_NAME))
    return undefined;
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const out: KeptPlay[] = [];
  for (const [id, entry] of Object.entries(stored)) {
    const [head, draft = ''] = Array.isArray(entry) ? (entry as unknown[]) : [entry];
    if (Array.isArray(entry) && entry.length !== 2) return undefined;
    if (typeof head !== 'string' || typeof draft !== 'string' || draft.length > MAX_DRAFT)
      return undefined;
    const m = PLAY.exec(head);
    if (!m) return undefined;
    const seed = parseInt(m[4]!, 36);
    const moves = decodeMoves(m[7]!);
    const name = m[6] === '' ? undefined : (list as string[])[Number(m[6])];
    if (!moves || seed > 0xffffffff || (m[6] !== '' && name === undefined)) return undefined;
    if (known && !known.includes(id)) continue;
    out.push({
      id,
      input: m[1] === 'f' ? 'free' : 'choice',
      mode: m[2] === 'c' ? 'coaching' : 'assessment',
      channel: REPLY_CHANNELS[Number(m[3])]!,
      seed,
      seconds: parseInt(m[5]!, 36),
      ...(name ? { agentName: name } : {}),
      moves,
      draft,
    });
  }
  return out;
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
