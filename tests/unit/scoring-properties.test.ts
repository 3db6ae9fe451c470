/** Properties of scoreReply and liveHints that must hold for any input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src/lib/scoring/codes';
import {
  CRITERIA,
  liveHints,
  scoreReply,
  type Evaluation,
  type ReplyAction,
  type ScoringContext,
} from '../../src/lib/scoring';

const words = [
  'Entschuldigung',
  'sorry',
  'leider',
  'nicht',
  'Bestellnummer',
  'order number',
  'PN',
  'DM',
  'danke',
  'thanks',
  'Ticket',
  'ESCALATED',
  'na toll',
  '🙄',
  '😊',
  'Sie',
  'du',
  '@jana',
  'https://example.com/x?y=1',
  'heute',
  'tomorrow',
  '„Zitat“',
  '?!',
  '!!!',
  '\u200B',
  '\u202E',
  'مرحبا',
  'שלום',
  '<b>',
  '&amp;',
  '$&',
  '\n',
  'Jana',
  'Lena',
];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((w) => w.join(' ')),
);
const context: fc.Arbitrary<ScoringContext> = fc.record(
  {
    lang: fc.constantFrom('de' as const, 'en' as const),
    kind: fc.constantFrom(
      'complaint' as const,
      'question' as const,
      'praise' as const,
      'troll' as const,
    ),
    customerName: fc.oneof(fc.constant('Jana Becker'), fc.string({ maxLength: 30 })),
    post: text,
    companyAtFault: fc.boolean(),
    privateDataNeeded: fc.boolean(),
    netiquetteViolated: fc.boolean(),
    onOwnProfile: fc.boolean(),
    responseMinutes: fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.double()),
    agentName: fc.oneof(fc.constant('Lena'), fc.string({ maxLength: 20 })),
  },
  { requiredKeys: ['lang', 'kind', 'customerName', 'post', 'responseMinutes'] },
);
const action: fc.Arbitrary<ReplyAction> = fc.record({
  channel: fc.constantFrom(
    'public' as const,
    'private' as const,
    'email' as const,
    'phone' as const,
    'none' as const,
    'hide' as const,
    'delete' as const,
  ),
  reply: text,
});

function checkShape(ev: Evaluation, reply: string): void {
  expect(Number.isInteger(ev.overall) && ev.overall >= 0 && ev.overall <= 100).toBe(true);
  for (const c of CRITERIA) {
    const s = ev.scores[c];
    expect(s === null || (Number.isInteger(s) && s >= 0 && s <= 100), `${c}: ${s}`).toBe(true);
  }
  for (const f of ev.findings) {
    expect(Object.hasOwn(FINDING_CODES, f.code), f.code).toBe(true);
    expect(f.code.startsWith(`${f.criterion}.`)).toBe(true);
    expect(f.lesson).not.toBe('');
    for (const q of f.quotes) {
      expect(q.start >= 0 && q.start <= q.end && q.end <= reply.length).toBe(true);
      expect(reply.slice(q.start, q.end)).toBe(q.text);
    }
  }
}

describe('scoreReply properties', () => {
  it('never throws and returns integer scores 0-100 or null, known codes and valid spans', () => {
    fc.assert(
      fc.property(context, action, (ctx, act) => {
        checkShape(scoreReply(ctx, act), act.reply);
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 400) },
    );
    // 400 random replies take ~1.5 s; a busy machine (CI beside a build) may take longer.
  }, 30_000);

  it('is deterministic', () => {
    fc.assert(
      fc.property(context, action, (ctx, act) => {
        expect(scoreReply(ctx, act)).toEqual(scoreReply(structuredClone(ctx), { ...act }));
      }),
      { numRuns: 150 },
    );
  });

  it('liveHints never throws and reports no timing', () => {
    fc.assert(
      fc.property(context, text, (ctx, draft) => {
        const hints = liveHints(ctx, draft);
        expect(hints.every((f) => f.criterion !== 'timing')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('handles 100 KB of text quickly', () => {
    const ctx: ScoringContext = {
      lang: 'de',
      kind: 'complaint',
      customerName: 'Jana Becker',
      post: 'Paket kaputt',
      responseMinutes: 30,
    };
    const chunk =
      'Hallo Frau Becker, das tut uns leid 😊 – bitte schicken Sie uns eine PN. https://x.de \u200B ';
    const reply = chunk.repeat(Math.ceil(100_000 / chunk.length)).slice(0, 100_000);
    const started = performance.now();
    const ev = scoreReply(ctx, { channel: 'public', reply });
    expect(performance.now() - started).toBeLessThan(2000);
    checkShape(ev, reply);
    const flat = 'a'.repeat(100_000);
    checkShape(scoreReply(ctx, { channel: 'public', reply: flat }), flat);
    const longPost = scoreReply(
      { ...ctx, post: 'Lieferung '.repeat(10_000) },
      { channel: 'public', reply: 'Ihre Lieferung kommt heute.' },
    );
    expect(longPost.scores.personalization).not.toBeNull();
  });
});

describe('user text stays text', () => {
  const ctx: ScoringContext = {
    lang: 'en',
    kind: 'complaint',
    customerName: 'Ann',
    post: 'Late again',
    responseMinutes: 10,
  };
  it('quotes markup and replacement patterns verbatim in messages', () => {
    const reply = 'Oh great <img src=x onerror=alert(1)> $& $1 🙄';
    const ev = scoreReply(ctx, { channel: 'public', reply });
    const sarcasm = ev.findings.find((f) => f.code === 'tone.sarcasm');
    expect(sarcasm).toBeDefined();
    expect(sarcasm!.message).toContain('“Oh great”');
    expect(sarcasm!.message).not.toContain('$&');
    const shout = scoreReply(ctx, { channel: 'public', reply: 'WE ARE <b>LOOKING</b> $& INTO IT' });
    const f = shout.findings.find((x) => x.code === 'tone.shouting');
    expect(f?.message).toContain('LOOKING');
    for (const finding of [...ev.findings, ...shout.findings])
      expect(finding.message).not.toMatch(/\$[&1]/);
  });
});

describe('special characters', () => {
  const de: ScoringContext = {
    lang: 'de',
    kind: 'complaint',
    customerName: 'Jana Becker',
    post: 'Paket zu spät',
    companyAtFault: true,
    responseMinutes: 10,
  };
  it('reads through zero-width characters and keeps the real positions', () => {
    const reply = 'Bitte ent\u200Bschul\u200Ddigen Sie die Verspätung.';
    const ev = scoreReply(de, { channel: 'public', reply });
    const apology = ev.findings.find((f) => f.code === 'empathy.apology');
    expect(apology?.quotes[0]).toEqual({ text: 'ent\u200Bschul\u200Ddigen', start: 6, end: 21 });
  });
  it('handles right-to-left text and bidi controls', () => {
    const reply = '\u202Bשלום\u202C مرحبا – das tut uns leid, Frau Becker.';
    const ev = scoreReply(de, { channel: 'public', reply });
    expect(ev.findings.some((f) => f.code === 'empathy.apology')).toBe(true);
    expect(ev.findings.some((f) => f.code === 'personalization.name')).toBe(true);
  });
  it('recognises emoji, URLs and handles', () => {
    const ev = scoreReply(de, {
      channel: 'public',
      reply: '@jana_becker na ja 🙄 siehe https://example.com/a?b=c',
    });
    expect(ev.findings.find((f) => f.code === 'tone.sarcasm')?.quotes[0]?.text).toBe('🙄');
    // A mention alone is not a personal address.
    expect(ev.findings.some((f) => f.code === 'personalization.name')).toBe(false);
    const named = scoreReply(de, { channel: 'public', reply: '@jana_becker Hallo Jana!' });
    expect(named.findings.find((f) => f.code === 'personalization.name')?.quotes[0]?.text).toBe(
      'Jana',
    );
  });
});
