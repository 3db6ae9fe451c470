import { and, assign, createMachine, type SnapshotFrom } from 'xstate';
import type { Evaluation, PostKind } from '../scoring/types';
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
  /** Simulated minutes since midnight of day 1. */
  at: number;
  channel: 'public' | 'private' | 'email' | 'phone';
  status: 'visible' | 'hidden' | 'deleted';
  likes: number;
  stars?: number | undefined;
  replyTo?: string | undefined;
  kind?: PostKind | undefined;
}

/** What the trainee did. `target` is the message acted on (default: the decision's first). */
export type TraineeAction =
  | {
      type: 'reply';
      channel: 'public' | 'private' | 'email' | 'phone';
      text: string;
      optionId?: string | undefined;
      target?: string | undefined;
    }
  | { type: 'moderate'; how: 'hide' | 'delete'; target?: string | undefined }
  | { type: 'escalate'; target?: string | undefined }
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
  /** Simulated minutes since midnight of day 1. */
  now: number;
  mood: number;
  pileOn: number;
  flags: string[];
  feed: FeedEntry[];
  decisions: DecisionRecord[];
}

export type SimEvent =
  | { type: 'ACT'; action: TraineeAction; evaluation: Evaluation | null }
  /**
   * Simulated time passes. `evaluation` is what the scorer says about leaving the waiting
   * post unanswered at the new time; it is recorded only if the time runs out on it.
   */
  | { type: 'ADVANCE'; minutes: number; evaluation?: Evaluation | null };

/** A snapshot of a compiled scenario machine (active or done). */
export type SimSnapshot = SnapshotFrom<SimMachine>;

/** Minutes since midnight of day 1 at which the scenario starts. */
export function startMinutes(scenario: Pick<Scenario, 'start'>): number {
  const [h, m] = scenario.start.time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function firstBeat(scenario: Pick<Scenario, 'beats' | 'start_beat'>): string {
  return scenario.start_beat ?? Object.keys(scenario.beats)[0] ?? '';
}

function pending(event: SimEvent): number {
  return event.type === 'ADVANCE' ? event.minutes : 0;
}

/** The message an event acts on: the action's target, else the beat's first waiting post. */
export function targetOf(scenario: Scenario, beatId: string, event?: SimEvent): string {
  const fallback = scenario.beats[beatId]?.decision?.answers[0] ?? '';
  return event?.type === 'ACT' ? (event.action.target ?? fallback) : fallback;
}

/** The engine's own bookkeeping actions (the scenario's effects are `Effect`s). */
type InternalAction =
  | { type: 'enterBeat'; params: { beat: string } }
  | { type: 'advance'; params?: undefined }
  | { type: 'recordAction'; params: { beat: string } }
  | { type: 'recordTimeout'; params: { beat: string } };

const evaluationOf = (event: SimEvent): Evaluation | null =>
  event.type === 'ACT' ? event.evaluation : null;

export function compileScenario(scenario: Scenario) {
  const beatIds = Object.keys(scenario.beats);

  const guardFor = (g: Guard) => ({ type: g.type, params: g.params }) as never;
  const transitionsFor = (beatId: string, list: Transition[], onTime: boolean) =>
    list.map((t) => ({
      target: t.to,
      ...(t.when.length > 0 ? { guard: and(t.when.map(guardFor)) } : {}),
      actions: [
        ...(onTime
          ? [
              { type: 'advance' as const },
              { type: 'recordTimeout' as const, params: { beat: beatId } },
            ]
          : [{ type: 'recordAction' as const, params: { beat: beatId } }]),
        ...t.do.map((e: Effect) => ({ type: e.type, params: e.params }) as never),
      ],
    }));

  const states: Record<string, object> = {};
  for (const beatId of beatIds) {
    const beat = scenario.beats[beatId] as Beat;
    const entry = [{ type: 'enterBeat' as const, params: { beat: beatId } }];
    if (beat.ending) {
      states[beatId] = { type: 'final', entry };
      continue;
    }
    const d = beat.decision!;
    states[beatId] = {
      entry,
      on: {
        ACT: transitionsFor(beatId, d.onAct, false),
        ADVANCE: [...transitionsFor(beatId, d.onTime, true), { actions: [{ type: 'advance' }] }],
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
        guards: Guard;
        actions: Effect | InternalAction;
      },
      id: scenario.id,
      initial: firstBeat(scenario),
      context: {
        beat: firstBeat(scenario),
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
          event.type === 'ACT' && p.messages.includes(targetOf(scenario, context.beat, event)),
        waitedAtLeast: ({ context, event }, p) => {
          const target = targetOf(scenario, context.beat, event);
          return context.now + pending(event) - messageAt(context, target) >= p.minutes;
        },
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
              at: context.now + m.after,
              channel: m.channel,
              status: 'visible',
              likes: m.likes,
              stars: m.stars,
              replyTo: m.replyTo,
              kind: m.kind,
            }));
          return { beat: p.beat, feed: [...context.feed, ...fresh] };
        }),
        advance: assign(({ context, event }) => ({ now: context.now + pending(event) })),
        recordAction: assign(({ context, event }, p) => {
          if (event.type !== 'ACT') return {};
          const target = targetOf(scenario, p.beat, event);
          const record: DecisionRecord = {
            beat: p.beat,
            target,
            at: context.now,
            action: { ...event.action, target },
            evaluation: event.evaluation,
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
            feed = feed.map((m) =>
              m.id === target ? { ...m, status: action.how === 'hide' ? 'hidden' : 'deleted' } : m,
            );
          }
          return { feed, decisions: [...context.decisions, record] };
        }),
        recordTimeout: assign(({ context, event }, p) => {
          const target = targetOf(scenario, p.beat, event);
          const evaluation = event.type === 'ADVANCE' ? (event.evaluation ?? null) : null;
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
