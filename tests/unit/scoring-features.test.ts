/**
 * The answer-shape features of the learned layer (features.ts), on replies written for this
 * test: a time with no step verb, a figure stated in the thread, a sentence that opens with
 * yes or no. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import '../../src/lib/scoring/index';
import type { ScoringContext } from '../../src/lib/scoring';
import { gatherEvidence } from '../../src/lib/scoring/evidence';
import { extractFeatures, FEATURES } from '../../src/lib/scoring/features';

const question = (lang: 'de' | 'en', post: string): ScoringContext => ({
  lang,
  kind: 'question',
  customerName: 'Jana Becker',
  post,
  responseMinutes: 20,
});

function features(ctx: ScoringContext, reply: string): Record<string, number> {
  const row = extractFeatures(gatherEvidence(ctx, { channel: 'public', reply }));
  return Object.fromEntries(FEATURES.map((name, i) => [name, row[i]!]));
}

describe('answer-shape features', () => {
  const outage: ScoringContext = {
    ...question('de', 'Die App stürzt seit dem Update ständig ab, wann wird das behoben?'),
    kind: 'complaint',
    companyAtFault: true,
  };

  it('time-only: a time the customer can count on, with no step verb', () => {
    const f = features(outage, 'Hallo Jana, die Korrektur kommt am Mittwoch bis 12 Uhr.');
    expect(f['time-only']).toBe(1);
    expect(f.step).toBe(0);
  });

  it('time-only is 0 when there is no time, and when a step carries it', () => {
    expect(features(outage, 'Hallo Jana, das ist ärgerlich, sorry.')['time-only']).toBe(0);
    const stepped = features(outage, 'Hallo Jana, wir melden uns bis morgen 12 Uhr bei Ihnen.');
    expect(stepped.step).toBe(1);
    expect(stepped['time-only']).toBe(0);
  });

  it('figure-stated: a number said in the thread, not a cited clause', () => {
    const ctx = question('en', 'How much weight does the folding chair take?');
    expect(features(ctx, 'Hi Jana, it takes up to 150 kg.')['figure-stated']).toBe(1);
    expect(features(ctx, 'Hi Jana, see section 7.3 of our terms.')['figure-stated']).toBe(0);
  });

  it('opens-yes-no: a sentence that starts with yes or no', () => {
    const ctx = question('de', 'Kann ich mein Ticket an eine Freundin weitergeben?');
    expect(features(ctx, 'Ja, das geht in der App über „Weitergeben“.')['opens-yes-no']).toBe(1);
    expect(features(ctx, 'Das geht in der App über „Weitergeben“.')['opens-yes-no']).toBe(0);
  });
});
