import type { Lang, Scenario } from '../sim/schema';
import { authorName, textIn } from '../sim/driver';
import { agentLabel, type SnapshotLike, type ViewWords } from './to-view';
import type { DebriefData, Decision, EndingView, FeedItem, TimelineEntry } from './view';

/**
 * What the debrief shows besides the ending: each scored decision with the post, the action
 * and the model, and the timeline of everything that happened. Only the debrief needs it, so
 * it loads with the debrief, not with the game.
 */
export interface DebriefView {
  decisions: Decision[];
  timeline: TimelineEntry[];
}

export function debriefView(
  scenario: Scenario,
  snapshot: SnapshotLike,
  feed: readonly FeedItem[],
  lang: Lang,
  words: ViewWords,
  agentName?: string,
): DebriefView {
  const c = snapshot.context;
  const agent = agentLabel(words, agentName);
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
    const move =
      d.action.type === 'moderate'
        ? d.action.how
        : d.action.type === 'escalate'
          ? ('escalate' as const)
          : d.action.type;
    // A model that is a move (hide, pass on) is shown by its name.
    const modelText = model?.moderate
      ? words.moves[`moderate-${model.moderate}`]
      : model?.escalate
        ? words.moves.escalate
        : textIn(model?.text, lang);
    return [
      {
        postId: d.target,
        author: post ? authorName(scenario, post.from) : '',
        post: post ? textIn(post.text, lang) : '',
        at: d.at,
        move,
        action,
        evaluation: d.evaluation,
        ...(modelText ? { model: modelText } : {}),
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

  return { decisions, timeline };
}

/** The whole debrief of a finished play, as the page shows it and the attempt stores it. */
export function debriefData(
  scenario: Scenario,
  snapshot: SnapshotLike,
  feed: readonly FeedItem[],
  ending: EndingView,
  lang: Lang,
  words: ViewWords,
  agentName?: string,
): DebriefData {
  const { decisions, timeline } = debriefView(scenario, snapshot, feed, lang, words, agentName);
  return { lang, ending, decisions, timeline };
}
