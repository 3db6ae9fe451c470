/**
 * The findings a trainee reads agree with the bars: a dimension the scorer finds met is never
 * explained by "nothing of it was found" (the catalogue's absence issues, catalog.ts), and a
 * dimension it fails is never praised as met (its verdict strengths).
 */
import { describe, expect, it } from 'vitest';
import { scoreReply, type Finding, type ScoringContext } from '../../src/lib/scoring';
import { flag } from '../../src/lib/scoring/score';
import { loadWriter, scoreAll, WRITERS } from '../../scripts/eval-scoring';

describe('findings and bars', () => {
  // Every tuning reply scored once; each test lists the findings that break its rule.
  const scored = WRITERS.filter((w) => w.role === 'tuning').flatMap((w) =>
    scoreAll(loadWriter(w), w.id),
  );
  const findingsWhere = (broken: (f: Finding, score: number | null) => boolean): string[] =>
    scored.flatMap(({ item, ev }) =>
      ev.findings
        .filter((f) => broken(f, ev.scores[f.criterion]))
        .map((f) => `${item.id} ${f.code} ${ev.scores[f.criterion]} ${f.message}`),
    );

  it('a met bar carries no absence finding, on every tuning reply', () => {
    const contradictions = findingsWhere(
      (f, score) => f.type === 'issue' && flag(f.code, 'absence') && score !== null && score >= 60,
    );
    expect(contradictions).toEqual([]);
  });

  it('a failing bar carries no verdict strength, on every tuning reply', () => {
    const contradictions = findingsWhere(
      (f, score) =>
        f.type === 'strength' && flag(f.code, 'verdict') && score !== null && score < 60,
    );
    expect(contradictions).toEqual([]);
  });

  it('no finding shows an empty quotation or the same one twice, on every tuning reply', () => {
    const odd = findingsWhere((f) =>
      /\(\s*\)|: \.$|„“|“”|(„[^“]+“|“[^”]+”)(, („[^“]+“|“[^”]+”))*, \1/.test(f.message),
    );
    expect(odd).toEqual([]);
  });

  it('a troll taken on with figures is told which words did it (German)', () => {
    // Written for this test: no insult, but a battle of figures with a troll.
    const ctx: ScoringContext = {
      lang: 'de',
      kind: 'troll',
      platform: 'facebook',
      customerName: '@wahrheit_jetzt',
      post: 'Euer Öko-Strom ist doch nur Etikettenschwindel, ihr Abzocker!',
      netiquetteViolated: false,
      responseMinutes: 60,
      agentName: 'Ben',
    };
    const reply =
      'Hallo, unser Ökostrom stammt zu 100 % aus Wasserkraft in Norwegen und Österreich; die ' +
      'Herkunftsnachweise veröffentlichen wir jedes Jahr auf unserer Website. Viele Grüße, Ben';
    const result = scoreReply(ctx, { channel: 'public', reply });
    const fight = result.findings.find((f) => f.code === 'channel.public-fight');
    expect(fight?.message).toBe('Öffentlicher Schlagabtausch mit einem Troll („100“).');
  });

  it('a reproach with a smiley is not praised for its friendly greeting (English)', () => {
    // Written for this test: polite frame, sarcastic core.
    const ctx: ScoringContext = {
      lang: 'en',
      kind: 'complaint',
      platform: 'facebook',
      customerName: 'Ruth Okafor',
      post: 'Your site charged me a £25 booking fee I never saw mentioned anywhere. Sneaky.',
      companyAtFault: false,
      privateDataNeeded: false,
      responseMinutes: 30,
      agentName: 'Tom',
    };
    const reply =
      'Hello Ruth, thank you for your message! The booking fee has been shown on the checkout ' +
      "page since the day you booked – it's worth reading before you pay 🙂 Kind regards, Tom";
    const result = scoreReply(ctx, { channel: 'public', reply });
    const tone = result.findings.filter((f) => f.criterion === 'tone').map((f) => f.code);
    expect(result.scores.tone).toBeLessThan(60);
    expect(tone).toContain('tone.sarcasm');
    expect(tone).not.toContain('tone.friendly');
  });

  it('a reply that names when the fix comes is not told it offers nothing (German)', () => {
    // Written for this test: an apology, the cause, a time for the fix and a way round it.
    const ctx: ScoringContext = {
      lang: 'de',
      kind: 'complaint',
      platform: 'facebook',
      customerName: 'Jana Becker',
      post: 'Die App stürzt seit dem Update ständig ab, ich komme nicht an meine Tickets!',
      companyAtFault: true,
      privateDataNeeded: false,
      responseMinutes: 40,
      agentName: 'Lena',
    };
    const reply =
      'Hallo Frau Becker, das tut mir leid – gerade wenn Sie an Ihre Tickets müssen. Der Fehler ' +
      'liegt beim letzten Update; die Korrektur kommt morgen bis 12 Uhr. Bis dahin finden Sie ' +
      'Ihre Tickets im Browser unter Mein Konto. Viele Grüße, Lena';
    const result = scoreReply(ctx, { channel: 'public', reply });
    const codes = result.findings.map((f) => f.code);
    expect(codes).toContain('empathy.apology');
    expect(codes).not.toContain('empathy.pseudo-apology');
    expect(codes).toContain('resolution.time-frame');
    expect(codes).not.toContain('resolution.no-action');
  });
});
