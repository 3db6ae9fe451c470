import type { Awaiting, ChoiceOption, EndingView, FeedItem, GameView, OpenPost } from './view';
import type { PostKind } from '../vocabulary';
import { openPosts, type SimContext } from '../sim/compile';
import { seededOrder } from './shuffle';

/** The part of an engine snapshot the screen needs. */
export interface SnapshotLike {
  context: SimContext;
  status: string;
}
import { authorName, textIn } from '../sim/driver';
import { OUTCOMES } from '../vocabulary';
import type { Lang, Scenario } from '../sim/schema';
import type { Messages } from '../i18n';

/** The class (good, neutral, bad) of every outcome; the engine's zod-free vocabulary. */
export const OUTCOME_CLASS = OUTCOMES;

/** The words the view needs in the page's language (from the `sim` UI strings). */
export type ViewWords = Pick<Messages['sim'], 'agent' | 'moves'>;

/** How the trainee is named in the feed: "Lena (Service-Team)", or the team alone. */
export function agentLabel(words: ViewWords, agentName?: string): string {
  return agentName ? `${agentName} (${words.agent})` : words.agent;
}

function fromKind(from: string): FeedItem['from'] {
  if (from === 'customer') return 'customer';
  if (from === 'agent') return 'agent';
  if (from === 'system') return 'note';
  return 'crowd';
}

/**
 * What the screen shows for an engine snapshot. `seed` shuffles the prepared options (choice
 * mode): the same seed gives the same order for a decision, so a reload shows what the trainee
 * saw before.
 */
export function gameView(
  scenario: Scenario,
  snapshot: SnapshotLike,
  lang: Lang,
  words: ViewWords,
  agentName?: string,
  seed?: number,
): GameView {
  const c = snapshot.context;
  const agent = agentLabel(words, agentName);
  const who = (from: string) => (from === 'agent' ? agent : authorName(scenario, from));
  const handleOf = (from: string) =>
    from === 'customer' ? scenario.customer.handle : scenario.crowd[from]?.handle;
  const handle = (from: string) => {
    const h = handleOf(from);
    return h ? { handle: h } : {};
  };
  // The crowd piling on shows as support for the customer's first post.
  const firstCustomerPost = c.feed.find((m) => m.from === 'customer')?.id;
  // Once it has ended, the final reaction plays: every message the ending brings is shown.
  const horizon = snapshot.status === 'done' ? Math.max(c.now, ...c.feed.map((m) => m.at)) : c.now;

  const feed: FeedItem[] = c.feed
    .filter((m) => m.at <= horizon)
    .map((m) => ({
      id: m.id,
      author: who(m.from),
      ...handle(m.from),
      from: fromKind(m.from),
      text: textIn(m.text, lang),
      at: m.at,
      channel: m.channel,
      status: m.status,
      likes: m.likes + (m.id === firstCustomerPost ? c.pileOn : 0),
      ...(m.stars !== undefined ? { stars: m.stars } : {}),
      ...(m.replyTo !== undefined ? { replyTo: m.replyTo } : {}),
    }));

  const beat = scenario.beats[c.beat];
  const decision = snapshot.status === 'active' ? beat?.decision : undefined;
  const kindOf = (id: string): PostKind => {
    const m = c.feed.find((f) => f.id === id);
    return m?.kind ?? (scenario.kind === 'mixed' ? 'complaint' : scenario.kind);
  };
  const openIds = decision ? openPosts(scenario, c) : [];
  const open: OpenPost[] = openIds
    .map((id) => c.feed.find((m) => m.id === id))
    .filter((m): m is NonNullable<typeof m> => m !== undefined)
    .map((m) => ({
      id: m.id,
      author: who(m.from),
      ...handle(m.from),
      text: textIn(m.text, lang),
      at: m.at,
      kind: kindOf(m.id),
    }));

  const options: ChoiceOption[] = (decision?.options ?? [])
    .filter((o) => !o.target || openIds.includes(o.target))
    .map((o) => ({
      id: o.id,
      text: textIn(o.text, lang),
      channel: o.channel,
      ...(o.target !== undefined ? { target: o.target } : {}),
      ...(o.moderate ? { move: o.moderate } : o.escalate ? { move: 'escalate' as const } : {}),
    }));
  const awaiting: Awaiting | null =
    decision && open[0]
      ? {
          postId: open[0].id,
          author: open[0].author,
          options: seed === undefined ? options : seededOrder(options, seed, c.beat),
          channels: ['public', 'private', 'email', 'phone'],
          canModerate: decision.canModerate,
        }
      : null;

  const ending: EndingView | null =
    snapshot.status === 'done' && beat?.ending
      ? {
          id: c.beat,
          title: textIn(beat.ending.title, lang),
          why: textIn(beat.ending.debrief, lang),
          outcome: OUTCOME_CLASS[beat.ending.outcome],
        }
      : null;

  return { now: c.now, feed, open, awaiting, ending };
}
