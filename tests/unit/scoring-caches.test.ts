/**
 * The scorer keeps a cache for speed: the phrases each distinct word can start (per rule
 * set). It may not change a result: a reply scores the same whatever was scored before it,
 * and the word index gives the same hits from a fresh rule set as from one that has seen
 * thousands of other words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreReply, type ReplyAction, type ScoringContext } from '../../src/lib/scoring';
import { gatherEvidence } from '../../src/lib/scoring/evidence';
import { languagePack } from '../../src/lib/scoring/language';
import { compileRules, matchRules } from '../../src/lib/scoring/matcher';
import { tokenize } from '../../src/lib/scoring/text';

const cases: { ctx: ScoringContext; action: ReplyAction }[] = [
  {
    ctx: {
      lang: 'de',
      kind: 'complaint',
      customerName: 'Jana Becker',
      post: 'Mein Paket ist seit einer Woche überfällig!',
      companyAtFault: true,
      responseMinutes: 45,
    },
    action: {
      channel: 'public',
      reply: 'Hallo Frau Becker, das mit dem Paket tut uns leid. Wir prüfen die Lieferung heute.',
    },
  },
  {
    ctx: {
      lang: 'de',
      kind: 'complaint',
      customerName: 'Paket Schmidt',
      post: 'Mein Paket ist seit einer Woche überfällig!',
      companyAtFault: true,
      responseMinutes: 45,
    },
    action: {
      channel: 'public',
      // "Pakete" is a word of the post only if the post's "Paket" is not taken for the name.
      reply: 'Hallo, das tut uns leid. Wir prüfen heute, wo Ihre Pakete sind.',
    },
  },
  {
    ctx: {
      lang: 'en',
      kind: 'question',
      customerName: 'Tom Harris',
      post: 'Are you open on Sunday?',
      responseMinutes: 20,
    },
    action: { channel: 'public', reply: 'Hi Tom, yes – we are open 10am to 4pm on Sundays.' },
  },
  {
    ctx: {
      lang: 'en',
      kind: 'question',
      customerName: 'Tom Harris',
      post: 'Is the Sunday market cancelled?',
      responseMinutes: 20,
    },
    action: { channel: 'public', reply: 'Hi Tom, yes – we are open 10am to 4pm on Sundays.' },
  },
];

describe('scorer caches', () => {
  it('scores a reply the same whatever was scored before it', () => {
    const alone = cases.map((c) => JSON.stringify(scoreReply(c.ctx, c.action)));
    // Same post, other customer name (the name is left out of the post's words); same reply,
    // other post: each in every order after every other.
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: cases.length - 1 }), { minLength: 1, maxLength: 8 }),
        (order) => {
          for (const i of order)
            expect(JSON.stringify(scoreReply(cases[i]!.ctx, cases[i]!.action))).toBe(alone[i]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads the post again for another customer name', () => {
    const words = (i: number) =>
      gatherEvidence(cases[i]!.ctx, cases[i]!.action).overlap.map((q) => q.text);
    // By hand: for Jana Becker the reply picks up "Paket"; for "Paket Schmidt" the post's
    // "Paket" is the name, so the reply's "Pakete" picks up nothing.
    expect(words(0)).toEqual(['Paket']);
    expect(words(1)).toEqual([]);
    expect(words(0)).toEqual(['Paket']);
  });

  it('finds the same hits with a cold and a full word index', () => {
    const text =
      'Entschuldigung für die Lieferverzögerung, wir verstehen Ihren Ärger. Die Bestelnummer schicken Sie uns bitte per PN.';
    const pack = languagePack('de');
    const cold = matchRules(compileRules(pack), tokenize(text));
    const warm = compileRules(pack);
    // More distinct words than the index keeps, so it is cleared on the way.
    for (let i = 0; i < 25_000; i++) matchRules(warm, tokenize(`wort${i} Entschuldigung`));
    expect(matchRules(warm, tokenize(text))).toEqual(cold);
    expect(cold.length).toBeGreaterThan(2);
  });
});
