/**
 * Injects on the trainee's side (docs/live-drills.md, "The statements"): the post an inject
 * brings (typed by the facilitator as a persona, or a scripted post of one of the drill's
 * scenarios) as plain text with the scorer's context, and the results-file entry of the answer.
 * The answer is scored with exactly the context the facilitator gave.
 */
import type { DecisionResult } from '../../lib/drill/results';
import type { Inject } from '../../lib/live/replay';
import type { Persona } from '../../lib/live/protocol';
import type { Evaluation, ScoringContext } from '../../lib/scoring/types';
import type { Scenario } from '../../lib/sim/schema';
import { CRITERIA, type Channel, type Lang } from '../../lib/vocabulary';

/** An inject as the trainee's screen holds it. */
export interface LivePost {
  id: string;
  text: string;
  persona: Persona;
  /** Running time (ms) it opened and runs out. */
  openedAtMs: number;
  deadlineMs: number;
}

/** The inject's post and persona; a scripted post is read from its scenario. */
export async function resolvePost(
  inject: Inject,
  lang: Lang,
  scenario: (id: string) => Promise<Scenario>,
): Promise<LivePost | undefined> {
  const base = { id: inject.id, openedAtMs: inject.openedAtMs, deadlineMs: inject.deadlineMs };
  const post = inject.post;
  if (post.source === 'typed') return { ...base, text: post.text, persona: post.persona };
  const s = await scenario(post.scenario);
  const message = s.beats[post.beat]?.messages?.find((m) => m.from === 'customer');
  if (!message) return undefined;
  const facts = { ...s.facts, ...message.facts };
  return {
    ...base,
    text: message.text[lang] ?? '',
    persona: {
      name: s.customer.name,
      platform: s.platform,
      kind: message.kind ?? (s.kind === 'mixed' ? 'complaint' : s.kind),
      companyAtFault: facts.companyAtFault === true,
      privateDataNeeded: facts.privateDataNeeded === true,
    },
  };
}

/** The scorer's context for an answer to `post` after `responseMinutes` simulated minutes. */
export function scoringContext(
  post: LivePost,
  lang: Lang,
  responseMinutes: number,
  agentName: string,
): ScoringContext {
  return {
    lang,
    kind: post.persona.kind,
    platform: post.persona.platform,
    customerName: post.persona.name,
    post: post.text,
    companyAtFault: post.persona.companyAtFault,
    privateDataNeeded: post.persona.privateDataNeeded,
    responseMinutes,
    agentName,
  };
}

/** The results-file entry of an inject's answer (scenario `inject:<statement id>`). */
export function injectDecision(
  post: LivePost,
  action: { channel: Channel; text: string },
  evaluation: Evaluation,
  timing: { latencyMs: number; timedOut: boolean; responseMinutes: number },
): DecisionResult {
  const none = action.channel === 'none';
  return {
    scenario: `inject:${post.id}`,
    beat: 'inject',
    target: post.id,
    kind: post.persona.kind,
    action: none
      ? 'none'
      : action.channel === 'hide' || action.channel === 'delete'
        ? action.channel
        : 'reply',
    channel: action.channel,
    text: action.text.slice(0, 8000),
    latencyMs: Math.max(0, Math.round(timing.latencyMs)),
    timedOut: timing.timedOut,
    responseMinutes: Math.max(0, timing.responseMinutes),
    overall: evaluation.overall,
    scores: Object.fromEntries(
      CRITERIA.map((c) => [c, evaluation.scores[c] ?? null]),
    ) as DecisionResult['scores'],
    findings: evaluation.findings.map((f) => ({ code: f.code, type: f.type, lesson: f.lesson })),
  };
}
