/**
 * What the simulator UI shows, as plain data. The island maps the engine's snapshot onto
 * these shapes, so the feed, clock and debrief components do not depend on how the engine
 * stores its context.
 */
import type { Channel, Evaluation, PostKind } from '../scoring/types';

/** The channels a message can travel on (moderation is an action, not a channel). */
export type MessageChannel = 'public' | 'private' | 'email' | 'phone';

/** One message in the feed or the private inbox. */
export interface FeedItem {
  id: string;
  author: string;
  from: 'customer' | 'crowd' | 'agent' | 'note';
  text: string;
  /** Simulated minutes since midnight of day 1. */
  at: number;
  channel: MessageChannel;
  status: 'visible' | 'hidden' | 'deleted';
  likes: number;
  /** Star rating, on review sites. */
  stars?: number;
  /** The message this one answers, for threading. */
  replyTo?: string;
}

/** A customer post that waits for the trainee. */
export interface OpenPost {
  id: string;
  author: string;
  at: number;
  kind: PostKind;
}

/** A prepared reply in choice mode. */
export interface ChoiceOption {
  id: string;
  text: string;
  channel: Channel;
  /** The post this option answers, when the decision has several open posts. */
  target?: string;
}

/** One decision the trainee took, with what the scorer said and what a model reply is. */
export interface Decision {
  postId: string;
  post: string;
  action: { channel: Channel; reply: string };
  /** Null when nothing the customer sees was done (an internal escalation). */
  evaluation: Evaluation | null;
  model?: string;
}

/** Averages the decisions' scores per criterion; a criterion no decision scored stays null. */
export function combine(all: readonly Decision[]): Evaluation {
  const decisions = all.filter(
    (d): d is Decision & { evaluation: Evaluation } => d.evaluation !== null,
  );
  const crits = ['timing', 'tone', 'empathy', 'personalization', 'resolution', 'channel'] as const;
  const scores = {} as Evaluation['scores'];
  for (const c of crits) {
    const values = decisions
      .map((d) => d.evaluation.scores[c])
      .filter((v): v is number => typeof v === 'number');
    scores[c] = values.length
      ? Math.round(values.reduce((a, b) => a + b, 0) / values.length)
      : null;
  }
  const overalls = decisions.map((d) => d.evaluation.overall);
  const overall = overalls.length
    ? Math.round(overalls.reduce((a, b) => a + b, 0) / overalls.length)
    : 0;
  return { overall, scores, findings: decisions.flatMap((d) => d.evaluation.findings) };
}

/** One line of the debrief's timeline: who did what, when, on which channel. */
export interface TimelineEntry {
  at: number;
  who: string;
  text: string;
  channel: Channel;
  /** The post this option answers, when the decision has several open posts. */
  target?: string;
}

/** How the scenario ended and why, in the trainee's language. */
export interface EndingView {
  id: string;
  title: string;
  why: string;
  outcome: 'good' | 'neutral' | 'bad';
}

/** The decision the trainee faces now: which post waits, and what they may do. */
export interface Awaiting {
  postId: string;
  author: string;
  options: ChoiceOption[];
  channels: MessageChannel[];
  canModerate: boolean;
}

/** Everything the simulator screen shows at one moment. */
export interface GameView {
  now: number;
  feed: FeedItem[];
  open: OpenPost[];
  awaiting: Awaiting | null;
  ending: EndingView | null;
  decisions: Decision[];
  timeline: TimelineEntry[];
}
