import { transition } from 'xstate';
import { CRITERIA } from '../vocabulary';
import type { Evaluation } from '../scoring/types';
import {
  openPosts,
  targetOf,
  type SimContext,
  type SimEvent,
  type SimMachine,
  type SimSnapshot,
  type TraineeAction,
} from './compile';
import type { Lang, Option, Scenario } from './schema';

/**
 * A play as the moves the engine took, each the smallest thing that reproduces the same
 * transition, so a play in progress fits an LMS's suspend_data (SCORM 1.2: 4,096 characters
 * for the whole course) instead of a snapshot of several kilobytes:
 *
 * - `wait`: simulated minutes passing (waits and thinking time; see `MoveLog` for merging);
 * - `option`: the prepared option at `index` of the decision (choice mode), scored again on
 *   replay, which gives the same evaluation (the scorer is a pure function);
 * - `reply`: a free-text reply, which cannot be scored again without its text: the index of
 *   the `onAct` transition the engine took and the scores the scorer gave, replayed without the
 *   scorer (`SimEvent.taken`). Its text and findings are not kept;
 * - `moderate`, `escalate`: scored again on replay (neither depends on words the trainee wrote).
 *
 * `target` is the index of the post acted on in the decision's `answers`, present only when it
 * is not the post the engine would pick anyway.
 */
export type Move =
  | { type: 'wait'; minutes: number }
  | { type: 'option'; index: number; target?: number | undefined }
  | {
      type: 'reply';
      channel: ReplyChannel;
      taken: number;
      overall: number;
      scores: Evaluation['scores'];
      target?: number | undefined;
    }
  | { type: 'moderate'; how: 'hide' | 'delete'; target?: number | undefined }
  | { type: 'escalate'; target?: number | undefined };

export type ReplyChannel = 'public' | 'private' | 'email' | 'phone';
/** Channel digits in the compact form. */
export const REPLY_CHANNELS: readonly ReplyChannel[] = ['public', 'private', 'email', 'phone'];

/** The action a prepared option stands for: a reply, a moderation or a hand-off. */
export function optionAction(option: Option, lang: Lang): TraineeAction {
  const base = { optionId: option.id, target: option.target };
  if (option.moderate) return { type: 'moderate', how: option.moderate, ...base };
  if (option.escalate) return { type: 'escalate', ...base };
  // As `textIn` in ./driver.ts reads a text (imported from there, it would close a cycle).
  const t = option.text;
  const text =
    t === undefined ? '' : typeof t === 'string' ? t : (t[lang] ?? Object.values(t)[0] ?? '');
  return { type: 'reply', channel: option.channel, text, ...base };
}

const at = (t: number | undefined) => (t === undefined ? '' : `@${t}`);
const score = (s: number | null) => (s === null ? '' : String(s));

/**
 * The compact form: moves written one after another, each a letter and numbers (no separator
 * is needed, every move starts with a letter): `w<minutes>`, `o<index>`, `mh` / `md`, `x`,
 * `r<channel>.<transition>.<overall>.<timing>.<tone>.<empathy>.<personalization>.<resolution>.<channel score>`
 * (a score left empty is n/a), each followed by `@<target>` when it has one. Only characters
 * that JSON keeps as they are.
 */
export function encodeMoves(moves: readonly Move[]): string {
  return moves
    .map((m) => {
      switch (m.type) {
        case 'wait':
          return `w${m.minutes}`;
        case 'option':
          return `o${m.index}${at(m.target)}`;
        case 'moderate':
          return `m${m.how === 'hide' ? 'h' : 'd'}${at(m.target)}`;
        case 'escalate':
          return `x${at(m.target)}`;
        case 'reply': {
          const scores = CRITERIA.map((c) => score(m.scores[c])).join('.');
          const channel = REPLY_CHANNELS.indexOf(m.channel);
          return `r${channel}.${m.taken}.${m.overall}.${scores}${at(m.target)}`;
        }
      }
    })
    .join('');
}

const MOVE =
  /(?:w(\d{1,6})|o(\d{1,2})|m([hd])|(x)|r([0-3])\.(\d{1,2})\.(\d{1,3})((?:\.\d{0,3}){6}))(?:@(\d{1,2}))?/y;
/** The most moves a stored play may hold (a long play is a few dozen). */
export const MAX_MOVES = 400;

/** Moves from their compact form; undefined when any part of it does not read. */
export function decodeMoves(text: string): Move[] | undefined {
  const moves: Move[] = [];
  MOVE.lastIndex = 0;
  while (MOVE.lastIndex < text.length) {
    const start = MOVE.lastIndex;
    const m = MOVE.exec(text);
    if (!m || m.index !== start || moves.length >= MAX_MOVES) return undefined;
    const target = m[9] === undefined ? undefined : Number(m[9]);
    const t = target === undefined ? {} : { target };
    if (m[1] !== undefined) {
      const minutes = Number(m[1]);
      if (minutes < 1) return undefined;
      moves.push({ type: 'wait', minutes });
    } else if (m[2] !== undefined) moves.push({ type: 'option', index: Number(m[2]), ...t });
    else if (m[3] !== undefined)
      moves.push({ type: 'moderate', how: m[3] === 'h' ? 'hide' : 'delete', ...t });
    else if (m[4] !== undefined) moves.push({ type: 'escalate', ...t });
    else {
      const values = m[8]!
        .slice(1)
        .split('.')
        .map((s) => (s === '' ? null : Number(s)));
      const overall = Number(m[7]);
      if (overall > 100 || values.some((v) => v !== null && v > 100)) return undefined;
      moves.push({
        type: 'reply',
        channel: REPLY_CHANNELS[Number(m[5])]!,
        taken: Number(m[6]),
        overall,
        scores: Object.fromEntries(
          CRITERIA.map((c, i) => [c, values[i] ?? null]),
        ) as Evaluation['scores'],
        ...t,
      });
    }
  }
  return moves;
}

/** The evaluation a replayed free-text reply carries: its recorded scores, no findings. */
export function recordedEvaluation(move: Extract<Move, { type: 'reply' }>): Evaluation {
  return { overall: move.overall, scores: { ...move.scores }, findings: [] };
}

const sameState = (a: SimSnapshot, b: SimSnapshot) =>
  a.status === b.status &&
  a.value === b.value &&
  JSON.stringify(a.context) === JSON.stringify(b.context);

/** The context without the clock: what a wait that changed nothing leaves as it was. */
const still = (a: SimContext, b: SimContext) =>
  JSON.stringify({ ...a, now: 0 }) === JSON.stringify({ ...b, now: 0 });

/**
 * Records the moves of a play as they happen (the driver calls `record` after every event).
 *
 * Thinking time moves the clock every few seconds; storing each of those steps would not fit.
 * Consecutive waits are merged into one when the earlier ones changed nothing but the clock
 * and left the same posts open: the engine then takes the merged wait exactly as the steps
 * (every guard a wait can meet compares the clock after the wait, the post waited on is the
 * same, and a wait that changed nothing left nothing else different).
 *
 * `broken` is set when a move cannot be written down so that it replays (it should not happen:
 * every engine transition is one of the forms above); such a log is not offered for keeping.
 */
export class MoveLog {
  readonly moves: Move[] = [];
  broken = false;
  /** The last entry is a wait that changed nothing but the clock, from a moment with these posts open. */
  #idleFrom: string | undefined;
  readonly #scenario: Scenario;
  readonly #machine: SimMachine;

  constructor(scenario: Scenario, machine: SimMachine) {
    this.#scenario = scenario;
    this.#machine = machine;
  }

  /** Takes over the moves of a play restored from a snapshot (kept beside it). */
  resume(moves: readonly Move[]): void {
    this.moves.splice(0, this.moves.length, ...moves.map((m) => ({ ...m })));
    this.broken = false;
    this.#idleFrom = undefined;
  }

  record(before: SimSnapshot, event: SimEvent, after: SimSnapshot): void {
    if (event.type === 'ADVANCE') return this.#wait(before, event.minutes, after);
    // A refused move changes nothing and is not a move.
    if (sameState(before, after)) return;
    this.#idleFrom = undefined;
    const move = this.#act(before, event, after);
    if (move) this.moves.push(move);
    else this.broken = true;
  }

  #wait(before: SimSnapshot, minutes: number, after: SimSnapshot): void {
    if (!(minutes > 0)) return;
    const open = (s: SimSnapshot) => openPosts(this.#scenario, s.context).join(' ');
    const idle =
      after.status === 'active' &&
      after.value === before.value &&
      still(before.context, after.context);
    const last = this.moves.at(-1);
    if (last?.type === 'wait' && this.#idleFrom !== undefined) {
      last.minutes += minutes;
      this.#idleFrom = idle && open(after) === this.#idleFrom ? this.#idleFrom : undefined;
      return;
    }
    this.moves.push({ type: 'wait', minutes });
    this.#idleFrom = idle && open(after) === open(before) ? open(before) : undefined;
  }

  #act(before: SimSnapshot, event: Extract<SimEvent, { type: 'ACT' }>, after: SimSnapshot) {
    const decision = this.#scenario.beats[before.context.beat]?.decision;
    if (!decision) return undefined;
    const { action } = event;
    const fallback = targetOf(this.#scenario, before.context);
    const option =
      action.type !== 'none' && action.optionId !== undefined
        ? decision.options.findIndex((o) => o.id === action.optionId)
        : -1;
    // The post the replay would act on without being told, and the one this move acted on.
    const implied = (option >= 0 ? decision.options[option]?.target : undefined) ?? fallback;
    const acted = action.target ?? fallback;
    const index = decision.answers.indexOf(acted);
    if (index < 0 && acted !== implied) return undefined;
    const target = acted === implied ? {} : { target: index };
    if (option >= 0) return { type: 'option' as const, index: option, ...target };
    switch (action.type) {
      case 'moderate':
        return { type: 'moderate' as const, how: action.how, ...target };
      case 'escalate':
        return { type: 'escalate' as const, ...target };
      case 'reply': {
        const e = event.evaluation;
        if (!e) return undefined;
        // The transition the engine took: the first that, taken outright, gives the same state.
        const taken = decision.onAct.findIndex((_, i) =>
          sameState(transition(this.#machine, before, { ...event, taken: i })[0], after),
        );
        if (taken < 0) return undefined;
        return {
          type: 'reply' as const,
          channel: action.channel,
          taken,
          overall: e.overall,
          scores: { ...e.scores },
          ...target,
        };
      }
      default:
        return undefined;
    }
  }
}
