import { persistentAtom } from '@nanostores/persistent';
import { CRITERIA, type Criterion } from '../lib/vocabulary';
import { type Finding } from '../lib/scoring/types';
import type { DebriefData, Decision } from '../lib/sim-ui/view';

/**
 * Simulator attempts, kept in this browser only (localStorage), keyed by scenario id (never
 * by URL, so both languages share them).
 *
 * Stored under "replylab:attempts:v1" as JSON:
 *   {
 *     "v": 1,
 *     "scenarios": {
 *       "<scenarioId>": {
 *         "attempts": [ {                      // newest last, at most MAX_ATTEMPTS kept
 *           "date": "<ISO date the attempt ended>",
 *           "mode": "coaching" | "assessment",
 *           "input": "free" | "choice",
 *           "lang": "de" | "en",
 *           "overall": 0-100,
 *           "scores": { "timing": 0-100 | null, … all six criteria },
 *           "ending": "<ending id>",
 *           "outcome": "good" | "neutral" | "bad",
 *           "durationMs": <real time played>,
 *           "simMinutes": <simulated minutes elapsed>,
 *           "debrief": {                       // optional: the debrief as it was shown, kept
 *             "lang": "de" | "en",             //   for the newest MAX_DEBRIEFS attempts only
 *             "ending": { "id", "title", "why", "outcome" },
 *             "decisions": [ {                 // each scored decision, in order
 *               "postId", "author", "post",    //   the post acted on
 *               "at": <simulated minute>,
 *               "move": "reply" | "hide" | "delete" | "escalate" | "none",
 *               "action": { "channel", "reply" },
 *               "evaluation": { "overall", "scores", "findings": [ { "criterion", "type",
 *                 "code", "message", "guideline", "lesson", "quotes": [ { "text", "start",
 *                 "end" } ] } ] },
 *               "model": "<model reply or move, optional>"
 *             } ]
 *           }
 *         } ],
 *         "inProgress": {                       // optional: the attempt being played
 *           "fingerprint": "<hash of the scenario data it was started on>",
 *           "mode", "input", "lang",
 *           "startedAt": "<ISO date>",
 *           "elapsedMs": <real time played so far>,
 *           "snapshot": <the engine's persisted actor snapshot, plain JSON>,
 *           "seed": <uint32, optional: orders the options in choice mode>,
 *           "agentName": "<the trainee's name the game was started with, optional>",
 *           "draft": "<the reply being written, optional>",
 *           "channel": "public" | "private" | "email" | "phone" (optional: the channel picked),
 *           "target": "<id of the post picked in an inbox, optional>",
 *           "moves": "<the moves so far, compact form of lib/sim/moves.ts, optional>"
 *         }
 *       }
 *     }
 *   }
 *
 * Migrations: v1 is the first stored shape; `seed` and `agentName` (in progress), `draft`,
 * `channel`, `target`, `moves` (in progress) and `debrief` (attempts) were added to it as optional fields:
 * an entry without them resumes with the options in authored order, no name and an empty
 * draft, and an attempt without a debrief shows its scores only. A future v2 reads this key,
 * converts it in `decodeAttempts` and writes under its own key.
 *
 * Decoding never throws and never loses a valid part: a broken attempt or in-progress entry is
 * dropped on its own, a broken debrief leaves its attempt (and a broken finding or decision
 * its debrief) in place, the rest is kept, and `recovered` says that something was dropped. The
 * checks are hand-written so that zod stays out of the simulator's JavaScript;
 * tests/unit/attempts-store.test.ts proves with fast-check that every decoded value satisfies
 * a zod schema of the shape above. Whether an in-progress snapshot still fits its scenario is
 * decided by the island (fingerprint + engine), not here.
 */
export const ATTEMPTS_KEY = 'replylab:attempts:v1';
export const MAX_ATTEMPTS = 20;
/**
 * Attempts per scenario that keep their whole debrief (findings, replies, quotes): a few KB
 * each, and the key is rewritten on every move, so older attempts keep their scores only.
 */
export const MAX_DEBRIEFS = 5;
/** A saved snapshot larger than this is treated as damaged (it would crowd localStorage). */
const MAX_SNAPSHOT_CHARS = 200_000;

export type Mode = 'coaching' | 'assessment';
export type InputMode = 'free' | 'choice';
export type Outcome = 'good' | 'neutral' | 'bad';
export type Scores = Record<Criterion, number | null>;

export interface Attempt {
  date: string;
  mode: Mode;
  input: InputMode;
  lang: 'de' | 'en';
  overall: number;
  scores: Scores;
  ending: string;
  outcome: Outcome;
  durationMs: number;
  simMinutes: number;
  /** The debrief as it was shown (newest attempts only), to reopen it later. */
  debrief?: StoredDebrief;
}

/** A debrief as stored: everything but the timeline. */
export type StoredDebrief = Omit<DebriefData, 'timeline'>;

export interface InProgress {
  fingerprint: string;
  mode: Mode;
  input: InputMode;
  lang: 'de' | 'en';
  startedAt: string;
  elapsedMs: number;
  snapshot: unknown;
  /** Orders the options in choice mode, so a reload shows them where they were. */
  seed?: number;
  /** The trainee's name the game was started with. */
  agentName?: string;
  /** The reply being written, kept across a reload. */
  draft?: string;
  channel?: 'public' | 'private' | 'email' | 'phone';
  /** The post picked in an inbox with several open posts. */
  target?: string;
  /** The moves that led to the snapshot (compact form of lib/sim/moves.ts), for the LMS. */
  moves?: string;
}

export interface ScenarioRecord {
  attempts: Attempt[];
  inProgress?: InProgress;
}

export interface Attempts {
  v: 1;
  scenarios: Record<string, ScenarioRecord>;
  /** Set (not stored) when decoding had to drop damaged parts. */
  recovered?: boolean;
}

const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
const ENDING_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const isDate = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isScore = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100;
const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e10;
const isMode = (v: unknown): v is Mode => v === 'coaching' || v === 'assessment';
const isInput = (v: unknown): v is InputMode => v === 'free' || v === 'choice';
const isLang = (v: unknown): v is 'de' | 'en' => v === 'de' || v === 'en';
const isOutcome = (v: unknown): v is Outcome => v === 'good' || v === 'neutral' || v === 'bad';

function decodeScores(v: unknown): Scores | undefined {
  if (!isRecord(v)) return undefined;
  const out = {} as Scores;
  for (const c of CRITERIA) {
    const s = v[c];
    if (s === null || isScore(s)) out[c] = s;
    else return undefined;
  }
  return out;
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isMinute = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 1e7;
const isOffset = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX.text;
const REPLY_CHANNELS = ['public', 'private', 'email', 'phone'] as const;
const isReplyChannel = (v: unknown): v is NonNullable<InProgress['channel']> =>
  REPLY_CHANNELS.includes(v as never);
const CHANNELS = [...REPLY_CHANNELS, 'none', 'hide', 'delete'] as const;
const MOVES = ['reply', 'hide', 'delete', 'escalate', 'none'] as const;
const FINDING_CODE = /^[a-z][a-z-]*\.[a-z0-9.-]{1,60}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$/;
/** Limits that keep one damaged or hostile entry from crowding localStorage. */
const MAX = { text: 8000, post: 4000, message: 1000, findings: 60, quotes: 20, decisions: 30 };

function decodeFinding(v: unknown): Finding | undefined {
  if (!isRecord(v)) return undefined;
  const { criterion, type, code, message, guideline, lesson, quotes } = v;
  if (
    !CRITERIA.includes(criterion as Criterion) ||
    (type !== 'issue' && type !== 'strength') ||
    typeof code !== 'string' ||
    !FINDING_CODE.test(code) ||
    !isText(message, MAX.message) ||
    typeof guideline !== 'string' ||
    !ID.test(guideline) ||
    typeof lesson !== 'string' ||
    !ID.test(lesson) ||
    !Array.isArray(quotes)
  )
    return undefined;
  // A damaged quote is dropped; the finding still says what it found.
  const kept = quotes.slice(0, MAX.quotes).flatMap((q: unknown) => {
    if (!isRecord(q) || !isText(q.text, MAX.message)) return [];
    const { start, end } = q;
    return isOffset(start) && isOffset(end) && start <= end ? [{ text: q.text, start, end }] : [];
  });
  return {
    criterion: criterion as Criterion,
    type,
    code,
    message,
    guideline,
    lesson,
    quotes: kept,
  };
}

function decodeDecision(v: unknown, damaged: () => void): Decision | undefined {
  if (!isRecord(v) || !isRecord(v.action) || !isRecord(v.evaluation)) return undefined;
  const { postId, author, post, at, move, model } = v;
  const { channel, reply } = v.action;
  const scores = decodeScores(v.evaluation.scores);
  const { overall, findings } = v.evaluation;
  if (
    !isText(postId, 80) ||
    !isText(author, 200) ||
    !isText(post, MAX.post) ||
    !isMinute(at) ||
    !MOVES.includes(move as never) ||
    !CHANNELS.includes(channel as never) ||
    !isText(reply, MAX.text) ||
    !scores ||
    !isScore(overall) ||
    !Array.isArray(findings)
  )
    return undefined;
  const kept: Finding[] = [];
  for (const f of findings.slice(0, MAX.findings)) {
    const finding = decodeFinding(f);
    if (finding) kept.push(finding);
    else damaged();
  }
  return {
    postId,
    author,
    post,
    at,
    move: move as Decision['move'],
    action: { channel: channel as Decision['action']['channel'], reply },
    evaluation: { overall, scores, findings: kept },
    ...(isText(model, MAX.post) && model !== '' ? { model } : {}),
  };
}

/** A stored debrief, field by field: undefined when its ending is damaged. */
function decodeDebrief(v: unknown, damaged: () => void): StoredDebrief | undefined {
  if (!isRecord(v) || !isRecord(v.ending) || !Array.isArray(v.decisions)) return undefined;
  const { id, title, why, outcome } = v.ending;
  if (
    !isLang(v.lang) ||
    typeof id !== 'string' ||
    !ENDING_ID.test(id) ||
    !isText(title, 300) ||
    !isText(why, MAX.post) ||
    !isOutcome(outcome)
  )
    return undefined;
  const decisions: Decision[] = [];
  for (const d of v.decisions.slice(0, MAX.decisions)) {
    const decision = decodeDecision(d, damaged);
    if (decision) decisions.push(decision);
    else damaged();
  }
  return { lang: v.lang, ending: { id, title, why, outcome }, decisions };
}

function decodeAttempt(v: unknown, damaged: () => void = () => undefined): Attempt | undefined {
  if (!isRecord(v)) return undefined;
  const scores = decodeScores(v.scores);
  const { date, mode, input, lang, overall, ending, outcome, durationMs, simMinutes } = v;
  if (
    !scores ||
    !isDate(date) ||
    !isMode(mode) ||
    !isInput(input) ||
    !isLang(lang) ||
    !isScore(overall) ||
    typeof ending !== 'string' ||
    !ENDING_ID.test(ending) ||
    !isOutcome(outcome) ||
    !isCount(durationMs) ||
    !isCount(simMinutes)
  )
    return undefined;
  const attempt: Attempt = {
    date,
    mode,
    input,
    lang,
    overall,
    scores,
    ending,
    outcome,
    durationMs,
    simMinutes,
  };
  if (v.debrief !== undefined) {
    const debrief = decodeDebrief(v.debrief, damaged);
    if (debrief) attempt.debrief = debrief;
    else damaged();
  }
  return attempt;
}

function decodeInProgress(v: unknown): InProgress | undefined {
  if (!isRecord(v)) return undefined;
  const { fingerprint, mode, input, lang, startedAt, elapsedMs, snapshot } = v;
  if (
    typeof fingerprint !== 'string' ||
    fingerprint.length > 64 ||
    !isMode(mode) ||
    !isInput(input) ||
    !isLang(lang) ||
    !isDate(startedAt) ||
    !isCount(elapsedMs) ||
    !isRecord(snapshot) ||
    JSON.stringify(snapshot).length > MAX_SNAPSHOT_CHARS
  )
    return undefined;
  const progress: InProgress = { fingerprint, mode, input, lang, startedAt, elapsedMs, snapshot };
  // Optional fields: a damaged one is left out, the game still resumes.
  if (Number.isInteger(v.seed) && (v.seed as number) >= 0 && (v.seed as number) < 2 ** 32)
    progress.seed = v.seed as number;
  if (typeof v.agentName === 'string' && v.agentName.length <= 40) progress.agentName = v.agentName;
  if (isText(v.draft, MAX.text)) progress.draft = v.draft;
  if (isReplyChannel(v.channel)) progress.channel = v.channel;
  if (typeof v.target === 'string' && ID.test(v.target)) progress.target = v.target;
  // Its form only (the session reads it move by move): the store stays free of the engine.
  if (typeof v.moves === 'string' && v.moves.length <= 4000 && /^[0-9a-z.@]*$/.test(v.moves))
    progress.moves = v.moves;
  return progress;
}

/** Parses stored attempts, keeping every valid part of damaged or old data. */
export function decodeAttempts(raw: string | undefined): Attempts {
  if (raw === undefined || raw === '') return { v: 1, scenarios: {} };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { v: 1, scenarios: {}, recovered: true };
  }
  if (!isRecord(data)) return { v: 1, scenarios: {}, recovered: true };
  let dropped = data.v !== 1;
  const scenarios: Attempts['scenarios'] = {};
  if (isRecord(data.scenarios)) {
    for (const [id, entry] of Object.entries(data.scenarios)) {
      if (!SCENARIO_ID.test(id) || !isRecord(entry)) {
        dropped = true;
        continue;
      }
      const list = Array.isArray(entry.attempts) ? entry.attempts : [];
      if (!Array.isArray(entry.attempts) && entry.attempts !== undefined) dropped = true;
      const attempts: Attempt[] = [];
      for (const item of list.slice(-MAX_ATTEMPTS)) {
        const a = decodeAttempt(item, () => (dropped = true));
        if (a) attempts.push(a);
        else dropped = true;
      }
      if (list.length > MAX_ATTEMPTS) dropped = true;
      const record: ScenarioRecord = { attempts };
      if (entry.inProgress !== undefined) {
        const p = decodeInProgress(entry.inProgress);
        if (p) record.inProgress = p;
        else dropped = true;
      }
      scenarios[id] = record;
    }
  } else if (data.scenarios !== undefined) dropped = true;
  const result: Attempts = { v: 1, scenarios };
  if (dropped) result.recovered = true;
  return result;
}

export function encodeAttempts(value: Attempts): string {
  const { recovered: _recovered, ...stored } = value;
  return JSON.stringify(stored);
}

export const attempts = persistentAtom<Attempts>(
  ATTEMPTS_KEY,
  { v: 1, scenarios: {} },
  { encode: encodeAttempts, decode: decodeAttempts },
);

function update(id: string, change: (record: ScenarioRecord) => ScenarioRecord): void {
  const current = attempts.get();
  const record = current.scenarios[id] ?? { attempts: [] };
  attempts.set({ v: 1, scenarios: { ...current.scenarios, [id]: change(record) } });
}

/** Only the newest MAX_DEBRIEFS attempts keep their debrief. */
function trimDebriefs(list: Attempt[]): Attempt[] {
  const keepFrom = list.length - MAX_DEBRIEFS;
  return list.map((a, i) => {
    if (i >= keepFrom || !a.debrief) return a;
    const { debrief: _debrief, ...rest } = a;
    return rest;
  });
}

/** Saves a finished attempt and forgets the in-progress snapshot it came from. */
export function recordAttempt(id: string, attempt: Attempt): void {
  update(id, (r) => ({ attempts: trimDebriefs([...r.attempts, attempt].slice(-MAX_ATTEMPTS)) }));
}

/** Adds the debrief to the attempt that ended at `date` (it is built once the debrief loads). */
export function attachDebrief(id: string, date: string, debrief: StoredDebrief): void {
  update(id, (r) => ({
    ...r,
    attempts: trimDebriefs(r.attempts.map((a) => (a.date === date ? { ...a, debrief } : a))),
  }));
}

/** The attempt that ended at `date` (its date is its id in links), if it is still stored. */
export function findAttempt(value: Attempts, id: string, date: string): Attempt | undefined {
  return value.scenarios[id]?.attempts.find((a) => a.date === date);
}

/** The newest attempt of a scenario that still has its debrief. */
export function lastDebriefed(value: Attempts, id: string): Attempt | undefined {
  return value.scenarios[id]?.attempts.findLast((a) => a.debrief !== undefined);
}

/** Remembers where the trainee is, so a reload resumes at the same moment. */
export function saveInProgress(id: string, progress: InProgress): void {
  update(id, (r) => ({ ...r, inProgress: progress }));
}

export function clearInProgress(id: string): void {
  update(id, (r) => ({ attempts: r.attempts }));
}

/** The best attempt: highest overall score, the earlier one on a tie. */
export function bestAttempt(value: Attempts, id: string): Attempt | undefined {
  let best: Attempt | undefined;
  for (const a of value.scenarios[id]?.attempts ?? [])
    if (!best || a.overall > best.overall) best = a;
  return best;
}

/** Best overall score per scenario id, for the library cards and the course home. */
export function bestScores(value: Attempts = attempts.get()): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of Object.keys(value.scenarios)) {
    const best = bestAttempt(value, id);
    if (best) out[id] = best.overall;
  }
  return out;
}

/**
 * A short stable hash of the scenario data (FNV-1a over its JSON): a saved snapshot is only
 * resumed on the same scenario data it was started on.
 */
export function fingerprint(data: unknown): string {
  const text = JSON.stringify(data) ?? '';
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
