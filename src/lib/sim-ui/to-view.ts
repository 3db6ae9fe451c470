import type {
  Awaiting,
  Decision,
  EndingView,
  FeedItem,
  GameView,
  OpenPost,
  TimelineEntry,
} from './view';
import type { PostKind } from '../scoring/types';
import type { SimContext } from '../sim/compile';

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

function fromKind(from: string): FeedItem['from'] {
  if (from === 'customer') return 'customer';
  if (from === 'agent') return 'agent';
  if (from === 'system') return 'note';
  return 'crowd';
}

export function gameView(
  scenario: Scenario,
  snapshot: SnapshotLike,
  lang: Lang,
  words: ViewWords,
  agentName?: string,
): GameView {
  const c = snapshot.context;
  const agent = agentName ? `${agentName} (${words.agent})` : words.agent;
  const who = (from: string) => (from === 'agent' ? agent : authorName(scenario, from));
  // The crowd piling on shows as support for the customer's first post.
  const firstCustomerPost = c.feed.find((m) => m.from === 'customer')?.id;

  const feed: FeedItem[] = c.feed
    .filter((m) => m.at <= c.now)
    .map((m) => ({
      id: m.id,
      author: who(m.from),
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
  const acted = new Set(c.decisions.filter((d) => d.beat === c.beat).map((d) => d.target));
  const open: OpenPost[] = (decision?.answers ?? [])
    .filter((id) => !acted.has(id))
    .map((id) => c.feed.find((m) => m.id === id))
    .filter((m): m is NonNullable<typeof m> => m !== undefined && m.at <= c.now)
    .map((m) => ({ id: m.id, author: who(m.from), at: m.at, kind: kindOf(m.id) }));

  const awaiting: Awaiting | null =
    decision && open[0]
      ? {
          postId: open[0].id,
          author: open[0].author,
          options: decision.options.map((o) => ({
            id: o.id,
            text: textIn(o.text, lang),
            channel: o.channel,
            ...(o.target !== undefined ? { target: o.target } : {}),
          })),
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

  const decisions: Decision[] = c.decisions.flatMap((d) => {
    if (!d.evaluation) return [];
    const post = c.feed.find((m) => m.id === d.target);
    const dec = scenario.beats[d.beat]?.decision;
    const model = dec?.options.find((o) => o.id === dec.model);
    const action =
      d.action.type === 'reply'
        ? { channel: d.action.channel, reply: d.action.text }
        : d.action.type === 'moderate'
          ? { channel: d.action.how, reply: '' }
          : { channel: 'none' as const, reply: '' };
    return [
      {
        postId: d.target,
        post: post ? textIn(post.text, lang) : '',
        action,
        evaluation: d.evaluation,
        ...(model ? { model: textIn(model.text, lang) } : {}),
      },
    ];
  });

  const timeline: TimelineEntry[] = [
    ...feed.map((m) => ({
      at: m.at,
      who: m.author,
      text: m.text,
      channel: m.channel,
    })),
    ...c.decisions
      .filter((d) => d.action.type !== 'reply')
      .map((d) => ({
        at: d.at,
        who: agent,
        text: words.moves[
          d.action.type === 'moderate' ? (`moderate-${d.action.how}` as const) : d.action.type
        ],
        channel: d.action.type === 'moderate' ? d.action.how : ('none' as const),
      })),
  ].sort((a, b) => a.at - b.at);

  return { now: c.now, feed, open, awaiting, ending, decisions, timeline };
}
