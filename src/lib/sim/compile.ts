import { and, assign, createMachine, or, type SnapshotFrom } from 'xstate';
import type { PostKind } from '../vocabulary';
import type { Evaluation } from '../scoring/types';
import { combineEvaluations } from './claims';
import type { Beat, Effect, Guard, Lang, Scenario, Transition } from './schema';

/**
 * Compiles a validated scenario into an XState v5 machine. Every guard and effect of the
 * scenario vocabulary is implemented once (the machine's implementations) and referred to by
 * name with params, so a scenario file can only combine them, never add code. Time is an explicit event
 * (ADVANCE) rather than `after` timers: the machine stays pure and xstate/graph can explore it.
 *
 * Imports only types from ./schema, so zod stays out of the browser bundle.
 */

/** A text in every declared language, or the trainee's own words (one language). */
export type SimText = Partial<Record<Lang, string>> | string;

/** A message that has appeared (or will appear at `at`) in the feed or inbox. */
export interface FeedEntry {
  id: string;
  /** "customer", a crowd id, "agent" (the trainee) or "system" (moderation notes). */
  from: string;
  text: SimText;
  /** Simulated minutes since Monday 00:00 of the starting week (see `startMinutes`). */
  at: number;
  channel: 'public' | 'private' | 'email' | 'phone';
  status: 'visible' | 'hidden' | 'deleted';
  likes: number;
  stars?: number | undefined;
  replyTo?: string | undefined;
  kind?: PostKind | undefined;
}

/**
 * What the trainee did. `target` is the message acted on (default: the decision's first open
 * one); `optionId` names the prepared option in choice mode.
 */
export type TraineeAction =
  | {
      type: 'reply';
      channel: 'public' | 'private' | 'email' | 'phone';
      text: string;
      optionId?: string | undefined;
      target?: string | undefined;
    }
  | {
      type: 'moderate';
      how: 'hide' | 'delete';
      optionId?: string | undefined;
      target?: string | undefined;
    }
  | { type: 'escalate'; optionId?: string | undefined; target?: string | undefined }
  /** Nobody acted before the scenario moved on: recorded when time runs out. */
  | { type: 'none'; target?: string | undefined };

/** One decision as the debrief shows it. */
export interface DecisionRecord {
  beat: string;
  target: string;
  at: number;
  action: TraineeAction;
  /** What the scorer said; null for an internal escalation (nothing the customer sees). */
  evaluation: Evaluation | null;
}

export interface SimContext {
  /** The beat the scenario is in. */
  beat: string;
  /** Simulated minute at which the current beat started (`opensAfter` counts from it). */
  beatAt: number;
  /** Simulated minutes since Monday 00:00 of the starting week. */
  now: number;
  mood: number;
  pileOn: number;
  flags: string[];
  feed: FeedEntry[];
  decisions: DecisionRecord[];
}

export type SimEvent =
  | {
      type: 'ACT';
      action: TraineeAction;
      evaluation: Evaluation | null;
      /** An escalation's hand-off time: simulated minutes that pass with it. */
      minutes?: number;
      /**
       * For an escalation: what the scorer says about the post left without a reply after the
       * hand-off. Recorded if the time runs out on the post meanwhile, or if an authored
       * `escalated` transition settles the post (the customer sees no reply).
       */
      silence?: Evaluation | null;
      /**
       * Replaying a recorded move (`replayEvent` in ./moves.ts): take transition `taken` of the
       * beat's `onAct` list without testing its guards, as the original move did. A free-text
       * reply is replayed this way from its recorded scores, without its text and the scorer.
       */
      taken?: number;
    }
  /**
   * Simulated time passes. `evaluation` is what the scorer says about leaving the waiting
   * post unanswered at the new time; it is recorded only if the time runs out on it.
   */
  | { type: 'ADVANCE'; minutes: number; evaluation?: Evaluation | null };

/** A snapshot of a compiled scenario machine (active or done). */
export type SimSnapshot = SnapshotFrom<SimMachine>;

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * The minute at which the scenario starts. Simulated time counts minutes since Monday 00:00 of
 * the starting week, so the weekday of any moment follows from it (posts from the weekend
 * before a Monday start have negative times).
 */
export function startMinutes(scenario: Pick<Scenario, 'start'>): number {
  const [h, m] = scenario.start.time.split(':').map(Number);
  return Math.max(0, WEEKDAYS.indexOf(scenario.start.day)) * 1440 + (h ?? 0) * 60 + (m ?? 0);
}

export function firstBeat(scenario: Pick<Scenario, 'beats' | 'start_beat'>): string {
  return scenario.start_beat ?? Object.keys(scenario.beats)[0] ?? '';
}

/** Simulated minutes an event lets pass: a wait, or an escalation's hand-off. */
function pending(event: SimEvent): number {
  if (event.type === 'ADVANCE') return event.minutes;
  return event.action.type === 'escalate' ? (event.minutes ?? 0) : 0;
}

/**
 * The posts the trainee can act on now: the decision's answers that have appeared, that were
 * not acted on in this beat yet, once the decision has opened (`opensAfter`).
 */
export function openPosts(scenario: Scenario, context: SimContext): string[] {
  const decision = scenario.beats[context.beat]?.decision;
  if (!decision || context.now < context.beatAt + decision.opensAfter) return [];
  // An escalation leaves the post open; a reply or a moderation settles it for this beat.
  const acted = new Set(
    context.decisions
      .filter(
        (d) =>
          d.beat === context.beat &&
          d.at >= context.beatAt &&
          (d.action.type === 'reply' || d.action.type === 'moderate'),
      )
      .map((d) => d.target),
  );
  return decision.answers.filter(
    (id) => !acted.has(id) && context.feed.some((m) => m.id === id && m.at <= context.now),
  );
}

/** The message an event acts on: the action's target, else the beat's first open post. */
export function targetOf(scenario: Scenario, context: SimContext, event?: SimEvent): string {
  const decision = scenario.beats[context.beat]?.decision;
  const fallback = openPosts(scenario, context)[0] ?? decision?.answers[0] ?? '';
  return event?.type === 'ACT' ? (event.action.target ?? fallback) : fallback;
}

/** The engine's own bookkeeping actions (the scenario's effects are `Effect`s). */
type InternalAction =
  | { type: 'enterBeat'; params: { beat: string } }
  | { type: 'advance'; params?: undefined }
  | { type: 'recordAction'; params: { beat: string; settles?: boolean } }
  | { type: 'recordTimeout'; params: { beat: string } };

/** The engine's own guards: whether an action can be taken, and what kind it is. */
type InternalGuard =
  | { type: 'refused'; params?: undefined }
  | { type: 'replayed'; params: { index: number } }
  | { type: 'live'; params?: undefined }
  | { type: 'isEscalation'; params?: undefined }
  | { type: 'notEscalation'; params?: undefined };

const evaluationOf = (event: SimEvent): Evaluation | null =>
  event.type === 'ACT' ? event.evaluation : null;

/** The play's overall score as the debrief will show it, with this event's action included. */
function total(context: SimContext, event: SimEvent): number {
  const evaluations = context.decisions.flatMap((d) => (d.evaluation ? [d.evaluation] : []));
  const own = evaluationOf(event) ?? (event.type === 'ADVANCE' ? event.evaluation : event.silence);
  return combineEvaluations(own ? [...evaluations, own] : evaluations).overall;
}

/**
 * The meaning of every move, for every scenario:
 * - A reply, hide or delete takes the first `onAct` transition whose guards hold. It is refused
 *   (nothing happens) when the post is not open, or for hide/delete where `canModerate` is false.
 * - An escalation is an internal hand-off: it never answers the customer. It takes only an
 *   `onAct` transition that tests `escalated`; otherwise it is recorded, its hand-off minutes
 *   pass, and the `onTime` transitions apply as if the trainee had waited that long.
 * - Time passing (ADVANCE) takes the first `onTime` transition whose guards hold, else the
 *   clock just moves on.
 */
export function compileScenario(scenario: Scenario) {
  const beatIds = Object.keys(scenario.beats);

  const guardFor = (g: Guard | InternalGuard) => ({ type: g.type, params: g.params }) as never;
  const effects = (t: Transition) =>
    t.do.map((e: Effect) => ({ type: e.type, params: e.params }) as never);
  const guarded = (guards: (Guard | InternalGuard)[]) =>
    guards.length === 0
      ? {}
      : { guard: guards.length === 1 ? guardFor(guards[0]!) : and(guards.map(guardFor)) };
  const record = (beat: string, settles = false) => ({
    type: 'recordAction' as const,
    params: { beat, settles },
  });
  const timeout = (beat: string) => [
    { type: 'advance' as const },
    { type: 'recordTimeout' as const, params: { beat } },
  ];

  const states: Record<string, object> = {};
  for (const beatId of beatIds) {
    const beat = scenario.beats[beatId] as Beat;
    const entry = [{ type: 'enterBeat' as const, params: { beat: beatId } }];
    if (beat.ending) {
      states[beatId] = { type: 'final', entry };
      continue;
    }
    const d = beat.decision!;
    const onAct = d.onAct.map((t, index) => {
      // Only a transition that asks for an escalation can be taken by one.
      const forEscalation = t.when.some((g) => g.type === 'escalated');
      const own: (Guard | InternalGuard)[] = [
        { type: 'live' },
        ...(forEscalation ? [] : [{ type: 'notEscalation' } as const]),
        ...t.when,
      ];
      // A replayed move names the transition it took; a live one tests the guards.
      const guard = or([guardFor({ type: 'replayed', params: { index } }), and(own.map(guardFor))]);
      return {
        target: t.to,
        guard: guard as never,
        actions: [record(beatId, forEscalation), ...effects(t)],
      };
    });
    const escalationTimesOut = d.onTime.map((t) => ({
      target: t.to,
      ...guarded([{ type: 'isEscalation' }, ...t.when]),
      actions: [record(beatId), ...timeout(beatId), ...effects(t)],
    }));
    const onTime = d.onTime.map((t) => ({
      target: t.to,
      ...guarded(t.when),
      actions: [...timeout(beatId), ...effects(t)],
    }));
    states[beatId] = {
      entry,
      on: {
        ACT: [
          { guard: { type: 'refused' } },
          ...onAct,
          ...escalationTimesOut,
          { guard: { type: 'isEscalation' }, actions: [record(beatId), { type: 'advance' }] },
        ],
        ADVANCE: [...onTime, { actions: [{ type: 'advance' }] }],
      },
    };
  }

  const messageAt = (context: SimContext, id: string) =>
    context.feed.find((m) => m.id === id)?.at ?? context.now;

  // createMachine rather than setup(): setup() returns every action creator (sendTo, log,
  // spawnChild, …), so using it bundles all of them into the simulator page (≈ 0.8 KB gzip).
  return createMachine(
    {
      // XState's documented way to type context, events and the named guards and actions.
      types: {} as {
        context: SimContext;
        events: SimEvent;
        guards: Guard | InternalGuard;
        actions: Effect | InternalAction;
      },
      id: scenario.id,
      initial: firstBeat(scenario),
      context: {
        beat: firstBeat(scenario),
        beatAt: startMinutes(scenario),
        now: startMinutes(scenario),
        mood: 0,
        pileOn: 0,
        flags: [],
        feed: [],
        decisions: [],
      },
      states: states as never,
    },
    {
      guards: {
        refused: ({ context, event }) => {
          if (event.type !== 'ACT') return true;
          const decision = scenario.beats[context.beat]?.decision;
          if (!decision) return true;
          // A hand-off is always possible, even before a post can be answered.
          if (event.action.type === 'escalate') return false;
          if (event.action.type === 'moderate' && !decision.canModerate) return true;
          return !openPosts(scenario, context).includes(targetOf(scenario, context, event));
        },
        replayed: ({ event }, p) => event.type === 'ACT' && event.taken === p.index,
        live: ({ event }) => event.type !== 'ACT' || event.taken === undefined,
        isEscalation: ({ event }) => event.type === 'ACT' && event.action.type === 'escalate',
        notEscalation: ({ event }) => event.type !== 'ACT' || event.action.type !== 'escalate',
        scoreBelow: ({ event }, p) => {
          const e = evaluationOf(event);
          return e !== null && (e.scores[p.criterion] ?? -1) < p.value;
        },
        scoreAtLeast: ({ event }, p) => {
          const e = evaluationOf(event);
          return e !== null && (e.scores[p.criterion] ?? -1) >= p.value;
        },
        overallBelow: ({ event }, p) => {
          const e = evaluationOf(event);
          return e !== null && e.overall < p.value;
        },
        overallAtLeast: ({ event }, p) => {
          const e = evaluationOf(event);
          return e !== null && e.overall >= p.value;
        },
        totalBelow: ({ context, event }, p) => total(context, event) < p.value,
        totalAtLeast: ({ context, event }, p) => total(context, event) >= p.value,
        hasFinding: ({ event }, p) =>
          evaluationOf(event)?.findings.some((f) => f.code === p.code) ?? false,
        lacksFinding: ({ event }, p) =>
          !(evaluationOf(event)?.findings.some((f) => f.code === p.code) ?? false),
        channelIs: ({ event }, p) =>
          event.type === 'ACT' &&
          event.action.type === 'reply' &&
          p.channels.includes(event.action.channel),
        moderated: ({ event }, p) =>
          event.type === 'ACT' &&
          event.action.type === 'moderate' &&
          (p.how === undefined || event.action.how === p.how),
        escalated: ({ event }) => event.type === 'ACT' && event.action.type === 'escalate',
        targetIs: ({ context, event }, p) =>
          event.type === 'ACT' && p.messages.includes(targetOf(scenario, context, event)),
        waitedAtLeast: ({ context, event }, p) => {
          const target = targetOf(scenario, context, event);
          return context.now + pending(event) - messageAt(context, target) >= p.minutes;
        },
        inBeatAtLeast: ({ context, event }, p) =>
          context.now + pending(event) - context.beatAt >= p.minutes,
        moodBelow: ({ context }, p) => context.mood < p.value,
        moodAtLeast: ({ context }, p) => context.mood >= p.value,
        pileOnAtLeast: ({ context }, p) => context.pileOn >= p.count,
        flagSet: ({ context }, p) => context.flags.includes(p.name),
      },
      actions: {
        enterBeat: assign(({ context }, p) => {
          const beat = scenario.beats[p.beat];
          const fresh = (beat?.messages ?? [])
            .filter((m) => !context.feed.some((f) => f.id === m.id))
            .map((m): FeedEntry => ({
              id: m.id,
              from: m.from,
              text: m.text,
              at: context.now + m.after - m.ago,
              channel: m.channel,
              status: 'visible',
              likes: m.likes,
              stars: m.stars,
              replyTo: m.replyTo,
              kind: m.kind,
            }));
          return { beat: p.beat, beatAt: context.now, feed: [...context.feed, ...fresh] };
        }),
        advance: assign(({ context, event }) => ({ now: context.now + pending(event) })),
        recordAction: assign(({ context, event }, p) => {
          if (event.type !== 'ACT') return {};
          const target = targetOf(scenario, context, event);
          const record: DecisionRecord = {
            beat: p.beat,
            target,
            at: context.now,
            action: { ...event.action, target },
            // An escalation that settles the post is judged by what the customer sees: no reply.
            evaluation: p.settles ? (event.silence ?? null) : event.evaluation,
          };
          const action = event.action;
          let feed = context.feed;
          if (action.type === 'reply') {
            feed = [
              ...feed,
              {
                id: `agent-${context.decisions.length + 1}`,
                from: 'agent',
                text: action.text,
                at: context.now,
                channel: action.channel,
                status: 'visible',
                likes: 0,
                replyTo: target,
              },
            ];
          } else if (action.type === 'moderate') {
            // The post goes, and with it its author's own follow-ups in the same thread.
            const author = feed.find((m) => m.id === target)?.from;
            const status = action.how === 'hide' ? 'hidden' : 'deleted';
            feed = feed.map((m) =>
              m.id === target || (m.replyTo === target && m.from === author) ? { ...m, status } : m,
            );
          }
          return { feed, decisions: [...context.decisions, record] };
        }),
        recordTimeout: assign(({ context, event }, p) => {
          // The post left waiting: the first open one (an escalation's own target included).
          const target = targetOf(scenario, context, event);
          const evaluation =
            event.type === 'ADVANCE' ? (event.evaluation ?? null) : (event.silence ?? null);
          const record: DecisionRecord = {
            beat: p.beat,
            target,
            at: context.now,
            action: { type: 'none', target },
            evaluation,
          };
          return { decisions: [...context.decisions, record] };
        }),
        mood: assign(({ context }, p) => ({ mood: context.mood + p.by })),
        pileOn: assign(({ context }, p) => ({ pileOn: context.pileOn + p.by })),
        flag: assign(({ context }, p) => ({
          flags: context.flags.includes(p.name) ? context.flags : [...context.flags, p.name],
        })),
      },
    },
  );
}

export type SimMachine = ReturnType<typeof compileScenario>;
