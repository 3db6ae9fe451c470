/**
 * The group debrief (docs/live-drills.md, "Group debrief"): pure functions over the board and
 * the run's log.
 *
 * - the decisions to choose from: every scenario decision and every inject someone answered;
 * - one decision's replies, one per trainee, anonymised: they carry no name and are ordered by
 *   a hash of the run's registration and the trainee's account, so neither names nor the order
 *   people joined in show on the projector, while every console of the run shows the same order;
 * The export of the run (results files rebuilt from the log) is in run-results.ts, loaded only
 * when the facilitator exports.
 */
import type { BoardDecision, TraineeRow } from './board';

/** A decision of the run as the debrief offers it. */
export interface DebriefChoice {
  /** `<scenario>#<beat>`; an inject's answer is `inject:<statement id>#inject`. */
  key: string;
  scenario: string;
  beat: string;
  /** How many trainees answered it. */
  replies: number;
}

export const decisionKey = (d: { scenario: string; beat: string }) => `${d.scenario}#${d.beat}`;

/** Every decision someone took, in the order the first answer to it was stored. */
export function debriefChoices(rows: readonly TraineeRow[]): DebriefChoice[] {
  const first = new Map<string, { choice: DebriefChoice; stored: number; who: Set<string> }>();
  for (const row of rows)
    for (const d of row.decisions) {
      const key = decisionKey(d);
      let entry = first.get(key);
      if (!entry) {
        entry = {
          choice: { key, scenario: d.scenario, beat: d.beat, replies: 0 },
          stored: d.stored,
          who: new Set(),
        };
        first.set(key, entry);
      }
      entry.stored = Math.min(entry.stored, d.stored);
      entry.who.add(row.account);
    }
  return [...first.values()]
    .sort((a, b) => a.stored - b.stored || (a.choice.key < b.choice.key ? -1 : 1))
    .map((e) => ({ ...e.choice, replies: e.who.size }));
}

/** FNV-1a, 32 bits: a stable shuffle key, not a secret. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A reply in the debrief: the decision without anything that names the trainee. */
export type DebriefReply = Omit<BoardDecision, 'stored'>;

/**
 * The replies to one decision, one per trainee (their first answer to it), in the anonymous
 * order for `registration`. The statement id stays: it is what marks the example.
 */
export function debriefReplies(
  rows: readonly TraineeRow[],
  key: string,
  registration: string,
): DebriefReply[] {
  const out: { order: number; account: string; reply: DebriefReply }[] = [];
  for (const row of rows) {
    const d = row.decisions.find((x) => decisionKey(x) === key);
    if (!d) continue;
    const { stored: _stored, ...reply } = d;
    out.push({ order: fnv(`${registration}/${row.account}`), account: row.account, reply });
  }
  return out
    .sort((a, b) => a.order - b.order || (a.account < b.account ? -1 : 1))
    .map((x) => x.reply);
}
