/**
 * What the simulator UI shows, as plain data. The island maps the engine's snapshot onto
 * these shapes, so the feed, clock and debrief components do not depend on how the engine
 * stores its context.
 */
import type { Channel, PostKind } from '../vocabulary';
import type { Evaluation } from '../scoring/types';
import { combineEvaluations } from '../sim/claims';

/** The channels a message can travel on (moderation is an action, not a channel). */
export type MessageChannel = 'public' | 'private' | 'email' | 'phone';

/** One message in the feed or the private inbox. */
export interface FeedItem {
  id: string;
  author: string;
  /** The author's handle on the platform ("@jana.becker"), when the scenario gives one. */
  handle?: string;
  from: 'customer' | 'crowd' | 'agent' | 'note';
  text: string;
  /** Simulated minutes since Monday 00:00 of the starting week. */
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
  handle?: string;
  /** The post's text, quoted where the trainee writes the reply. */
  text: string;
  at: number;
  kind: PostKind;
}

/** A prepared move in choice mode: a reply, or a move without words (`move`). */
export interface ChoiceOption {
  id: string;
  /** The reply; empty for a move. */
  text: string;
  channel: Channel;
  /** The post this option answers, when the decision has several open posts. */
  target?: string;
  /** The option hides or deletes the post, or passes it on internally, instead of replying. */
  move?: 'hide' | 'delete' | 'escalate';
}

/** What the trainee did on a post: a written reply, a moderation, a hand-off, or nothing. */
export type Move = 'reply' | 'hide' | 'delete' | 'escalate' | 'none';

/** One decision the trainee took, with what the scorer said and what a model reply is. */
export interface Decision {
  postId: string;
  /** Who wrote the post the decision was about. */
  author: string;
  post: string;
  /** Simulated minute of the decision (for "your reply to Jana at 09:40"). */
  at: number;
  move: Move;
  action: { channel: Channel; reply: string };
  /** Null when nothing the customer sees was done (an internal escalation). */
  evaluation: Evaluation | null;
  model?: string;
}

/**
 * Averages the decisions' scores per criterion; a criterion no decision scored stays null. The
 * engine's own `combineEvaluations`, so the debrief shows the totals the endings are keyed on.
 */
export function combine(all: readonly Decision[]): Evaluation {
  return combineEvaluations(all.flatMap((d) => (d.evaluation ? [d.evaluation] : [])));
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

/**
 * Everything a debrief shows, as plain data: built when a play ends and stored with the
 * attempt (without the timeline), so a past debrief reopens exactly as it was.
 */
export interface DebriefData {
  /** The language the scenario was played in (all texts here are in it). */
  lang: 'de' | 'en';
  ending: EndingView;
  decisions: Decision[];
  /** Everything that happened, in order; shown right after a play, not stored. */
  timeline?: TimelineEntry[];
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

/** Everything the simulator screen shows at one moment (the debrief adds `DebriefView`). */
export interface GameView {
  now: number;
  feed: FeedItem[];
  open: OpenPost[];
  awaiting: Awaiting | null;
  ending: EndingView | null;
}
