import { describe, expect, it } from 'vitest';
import '../../src/lib/scoring/lang-en';
import { scoreReply } from '../../src/lib/scoring/score';
import { decisionResult } from '../../src/lib/drill/results';
import {
  injectDecision,
  resolvePost,
  scoringContext,
  type LivePost,
} from '../../src/components/live/injects';
import type { Inject } from '../../src/lib/live/replay';
import type { Scenario } from '../../src/lib/sim/schema';

// The facilitator types a post as a persona; the trainee's answer is scored with exactly the
// facts the persona was given (here: solving it needs personal data), and the entry it
// records is a valid results-file decision.
const typed: Inject = {
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  to: 'all',
  limitSeconds: 120,
  openedAtMs: 30_000,
  deadlineMs: 150_000,
  post: {
    source: 'typed',
    text: '<b>Parcel</b> a week late!',
    persona: {
      name: 'Jana Becker',
      platform: 'facebook',
      kind: 'complaint',
      companyAtFault: true,
      privateDataNeeded: true,
    },
  },
};

describe('live injects on the trainee’s side', () => {
  it('a typed post is taken as the facilitator wrote it, as text', async () => {
    const post = await resolvePost(typed, 'en', () => Promise.reject(new Error('not asked')));
    expect(post).toEqual({
      id: typed.id,
      text: '<b>Parcel</b> a week late!',
      persona: typed.post.source === 'typed' ? typed.post.persona : undefined,
      openedAtMs: 30_000,
      deadlineMs: 150_000,
    });
  });

  it('a scripted post brings its scenario’s customer, platform and facts', async () => {
    const scenario = {
      kind: 'mixed',
      platform: 'instagram',
      facts: { companyAtFault: false, privateDataNeeded: true },
      customer: { name: 'Lukas Brenner' },
      beats: {
        post: {
          messages: [
            {
              from: 'customer',
              kind: 'question',
              text: { en: 'Can it go in the washing machine?', de: 'Darf sie in die Maschine?' },
              facts: { companyAtFault: true },
            },
          ],
        },
      },
    } as unknown as Scenario;
    const inject: Inject = {
      ...typed,
      post: { source: 'scripted', scenario: 'product-question-simple', beat: 'post' },
    };
    const post = await resolvePost(inject, 'de', (id) => {
      expect(id).toBe('product-question-simple');
      return Promise.resolve(scenario);
    });
    expect(post?.text).toBe('Darf sie in die Maschine?');
    expect(post?.persona).toEqual({
      name: 'Lukas Brenner',
      platform: 'instagram',
      kind: 'question',
      companyAtFault: true,
      privateDataNeeded: true,
    });
    const none = await resolvePost(
      { ...inject, post: { ...inject.post, beat: 'missing' } as Inject['post'] },
      'de',
      () => Promise.resolve(scenario),
    );
    expect(none).toBeUndefined();
  });

  it('scores the answer with the persona’s facts and records a valid decision', async () => {
    const post = (await resolvePost(typed, 'en', () => Promise.reject(new Error()))) as LivePost;
    const ctx = scoringContext(post, 'en', 12, 'Ada');
    expect(ctx).toMatchObject({
      kind: 'complaint',
      platform: 'facebook',
      customerName: 'Jana Becker',
      companyAtFault: true,
      privateDataNeeded: true,
      responseMinutes: 12,
      agentName: 'Ada',
    });
    const asked = 'Please post your order number and your home address here so we can check.';
    const inPublic = scoreReply(ctx, { channel: 'public', reply: asked });
    expect(inPublic.findings.map((f) => f.code)).toContain('channel.public-data-request');
    // The persona's facts change the judgement of one and the same reply (figures from the
    // scorer, checked by hand against the rules: a case that needs personal data belongs in a
    // private channel; "we are on it" is a vague hand-off whoever is at fault).
    const calm = 'Hi Jana, sorry about the delay, we are on it. Best, Cem';
    const codes = (facts: { privateDataNeeded: boolean; companyAtFault: boolean }) =>
      scoreReply({ ...ctx, ...facts }, { channel: 'public', reply: calm }).findings.map(
        (f) => f.code,
      );
    expect(codes({ privateDataNeeded: true, companyAtFault: true })).toEqual(
      expect.arrayContaining(['channel.needs-private', 'resolution.vague-handoff']),
    );
    expect(codes({ privateDataNeeded: false, companyAtFault: false })).toEqual(
      expect.arrayContaining(['channel.fitting', 'resolution.vague-handoff']),
    );
    expect(codes({ privateDataNeeded: false, companyAtFault: false })).not.toContain(
      'channel.needs-private',
    );
    const noData = scoreReply(
      { ...ctx, privateDataNeeded: false },
      { channel: 'public', reply: calm },
    );

    const entry = injectDecision(post, { channel: 'public', text: asked }, inPublic, {
      latencyMs: 12_345.6,
      timedOut: false,
      responseMinutes: 12,
    });
    expect(decisionResult.safeParse(entry).success).toBe(true);
    expect(entry).toMatchObject({
      scenario: `inject:${typed.id}`,
      beat: 'inject',
      target: typed.id,
      kind: 'complaint',
      action: 'reply',
      latencyMs: 12_346,
      overall: inPublic.overall,
    });
    const late = injectDecision(post, { channel: 'none', text: '' }, noData, {
      latencyMs: 120_000,
      timedOut: true,
      responseMinutes: 2,
    });
    expect(late).toMatchObject({ action: 'none', channel: 'none', timedOut: true });
  });
});
