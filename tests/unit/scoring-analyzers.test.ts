/** Unit tests per analyzer (timing, tone, empathy, personalisation, resolution, channel) and the text layer. */
import { describe, expect, it } from 'vitest';
import {
  liveHints,
  scoreReply,
  type ReplyAction,
  type ScoringContext,
} from '../../src/lib/scoring';
import { compileRules, matchRules } from '../../src/lib/scoring/matcher';
import { overallOf, WEIGHTS } from '../../src/lib/scoring/score';
import { de } from '../../src/lib/scoring/lang/de';
import { en } from '../../src/lib/scoring/lang/en';
import { tokenize } from '../../src/lib/scoring/text';

const deComplaint: ScoringContext = {
  lang: 'de',
  kind: 'complaint',
  customerName: 'Jana Becker',
  post: 'Meine Waschmaschine wurde zweimal nicht geliefert, der Liefertermin wurde verschoben!',
  companyAtFault: true,
  privateDataNeeded: true,
  responseMinutes: 30,
  agentName: 'Lena',
};
const enQuestion: ScoringContext = {
  lang: 'en',
  kind: 'question',
  customerName: 'Tom Harris',
  post: 'Is the swimming pool open on bank holidays?',
  responseMinutes: 20,
  agentName: 'Sam',
};
const codes = (ctx: ScoringContext, action: ReplyAction) =>
  scoreReply(ctx, action).findings.map((f) => f.code);
const pub = (reply: string): ReplyAction => ({ channel: 'public', reply });

describe('text layer', () => {
  it('keeps UTF-16 positions and splits sentences and clauses', () => {
    const info = tokenize(
      'Hallo 👋 Frau Müller, danke! Mehr unter https://x.de/a?b=1 oder @service_de.',
    );
    expect(info.tokens.map((t) => t.kind)).toEqual([
      'word',
      'emoji',
      'word',
      'word',
      'word',
      'word',
      'word',
      'url',
      'word',
      'handle',
    ]);
    const muller = info.tokens[3]!;
    expect(info.text.slice(muller.start, muller.end)).toBe('Müller');
    expect(info.tokens[4]!.clause).toBeGreaterThan(muller.clause);
    expect(info.tokens[5]!.sentence).toBe(1);
    expect(info.sentences[0]!.mark).toBe('!');
  });
  it('matches inflection, compounds, one typo and negation', () => {
    const c = compileRules(de);
    const codesIn = (t: string) => matchRules(c, tokenize(t)).map((h) => c.rules[h.rule]!.name);
    expect(codesIn('Wir bedauern die Verzögerung.')).toContain('empathy.apology');
    expect(codesIn('Der Second-Level hat das Supportticket.')).toContain('tone.jargon');
    expect(codesIn('Bitte entschuldgen Sie.')).toContain('empathy.apology');
    expect(codesIn('Das verstehen wir nicht.')).not.toContain('empathy.understanding');
    expect(codesIn('Wir verstehen Ihren Ärger nicht.')).not.toContain('empathy.understanding');
    const e = compileRules(en);
    const enCodes = (t: string) => matchRules(e, tokenize(t)).map((h) => e.rules[h.rule]!.name);
    expect(enCodes("We don't understand the problem.")).not.toContain('empathy.understanding');
    expect(enCodes('That is not acceptable, sorry.')).toContain('empathy.apology');
    expect(enCodes('We apologise for the mixup.')).toContain('empathy.apology');
  });
});

describe('timing', () => {
  it('applies the norm per kind', () => {
    expect(scoreReply(enQuestion, pub('Yes, we are open.')).scores.timing).toBe(100);
    expect(
      scoreReply({ ...enQuestion, responseMinutes: 600 }, pub('Yes.')).scores.timing,
    ).toBeGreaterThanOrEqual(60);
    expect(
      scoreReply({ ...enQuestion, responseMinutes: 1500 }, pub('Yes.')).scores.timing,
    ).toBeLessThan(60);
    expect(
      scoreReply({ ...deComplaint, responseMinutes: 1400 }, pub('Tut uns leid.')).scores.timing,
    ).toBeGreaterThanOrEqual(60);
    expect(
      scoreReply({ ...deComplaint, responseMinutes: 1500 }, pub('Tut uns leid.')).scores.timing,
    ).toBeLessThan(60);
    const praise: ScoringContext = { ...enQuestion, kind: 'praise', post: 'Lovely staff!' };
    expect(
      scoreReply({ ...praise, responseMinutes: 2800 }, pub('Thanks!')).scores.timing,
    ).toBeGreaterThanOrEqual(60);
    expect(
      scoreReply({ ...praise, responseMinutes: 3000 }, pub('Thanks!')).scores.timing,
    ).toBeLessThan(60);
  });
  it('does not apply to trolls or to doing nothing', () => {
    expect(scoreReply({ ...enQuestion, kind: 'troll' }, pub('Hello.')).scores.timing).toBeNull();
    expect(scoreReply(enQuestion, { channel: 'none', reply: '' }).scores.timing).toBeNull();
  });
});

describe('tone', () => {
  it('catches sarcasm dressed in polite words', () => {
    const ev = scoreReply(
      deComplaint,
      pub('Vielen Dank für Ihre Geduld, Frau Becker – Wunder dauern eben etwas länger 😊'),
    );
    expect(ev.scores.tone).toBeLessThan(60);
    expect(ev.findings.map((f) => f.code)).toContain('tone.sarcasm');
  });
  it('catches blame, shouting, jargon and a Sie/du switch', () => {
    expect(
      scoreReply(deComplaint, pub('Hätten Sie die Anleitung gelesen, wüssten Sie das.')).scores
        .tone,
    ).toBeLessThan(60);
    expect(codes(deComplaint, pub('WIR KÜMMERN UNS DARUM, FRAU BECKER!!!'))).toContain(
      'tone.shouting',
    );
    expect(
      codes(deComplaint, pub('Ihr Vorgang liegt beim Backoffice, das Incident ist offen.')),
    ).toContain('tone.jargon');
    expect(
      codes(
        deComplaint,
        pub('Hallo Frau Becker, Sie bekommen morgen Ersatz – meld dich, wenn was fehlt.'),
      ),
    ).toContain('tone.register-mix');
    expect(
      scoreReply(
        { ...enQuestion, kind: 'complaint' },
        pub('Hi Tom, as already stated, please read our terms before posting.'),
      ).scores.tone,
    ).toBeLessThan(60);
  });
  it("does not call the customer's own words jargon", () => {
    const ctx = {
      ...enQuestion,
      post: 'Does my railcard work on the express train with a ticket bought online?',
    };
    expect(
      codes(ctx, pub('Hi Tom, yes – just show your railcard with your ticket.')),
    ).not.toContain('tone.jargon');
  });
  it('keeps a plain, friendly reply good', () => {
    expect(
      scoreReply(
        enQuestion,
        pub('Hi Tom, yes – the pool is open 9am to 6pm on bank holidays. Enjoy your swim! Sam'),
      ).scores.tone,
    ).toBeGreaterThanOrEqual(80);
  });
  it('flags a long speech of thanks for praise', () => {
    const praise: ScoringContext = { ...enQuestion, kind: 'praise', post: 'Great service!' };
    const long = 'Thank you so much for your kind words, we are truly grateful. '.repeat(10);
    expect(codes(praise, pub(long))).toContain('tone.long-winded');
  });
});

describe('empathy', () => {
  it('tells real apologies from pseudo-apologies', () => {
    const real = scoreReply(
      deComplaint,
      pub('Das tut uns wirklich leid, dass die Waschmaschine zweimal nicht kam.'),
    );
    const pseudo = scoreReply(deComplaint, pub('Es tut uns leid, dass Sie das so empfinden.'));
    expect(real.scores.empathy).toBeGreaterThanOrEqual(60);
    expect(pseudo.scores.empathy).toBeLessThan(60);
    expect(pseudo.findings.map((f) => f.code)).toContain('empathy.pseudo-apology');
    const token = scoreReply(
      { ...enQuestion, kind: 'complaint', companyAtFault: true },
      pub('We apologise for any inconvenience caused.'),
    );
    expect(token.scores.empathy).toBeLessThan(60);
  });
  it('wants an apology when the company is at fault', () => {
    expect(codes(deComplaint, pub('Wir kümmern uns darum.'))).toContain('empathy.missing-apology');
    expect(scoreReply(deComplaint, pub('Wir kümmern uns darum.')).scores.empathy).toBeLessThan(60);
    // Understanding alone is not the apology the rubric asks for when the company is at fault.
    expect(
      scoreReply(deComplaint, pub('Zwei geplatzte Liefertermine – das ist wirklich ärgerlich.'))
        .scores.empathy,
    ).toBeLessThan(60);
  });
  it('counts specific empathy without action as empathy (resolution is what suffers)', () => {
    const ev = scoreReply(
      deComplaint,
      pub(
        'Das tut mir wirklich leid, Frau Becker – zwei verschobene Liefertermine für Ihre Waschmaschine sind ärgerlich.',
      ),
    );
    expect(ev.scores.empathy).toBeGreaterThanOrEqual(60);
    expect(ev.scores.resolution).toBeLessThan(60);
  });
  it('fails template empathy that would fit any post', () => {
    const ev = scoreReply(
      deComplaint,
      pub('Das tut uns so leid, Frau Becker, wir verstehen Ihren Frust total.'),
    );
    expect(ev.scores.empathy).toBeLessThan(60);
  });
});

describe('personalisation', () => {
  it('does not take a discount code named after the occasion for the post picked up', () => {
    // Written for this test: the code contains "Taufe", the post's word; the thanks do not.
    const ctx: ScoringContext = {
      lang: 'de',
      kind: 'praise',
      customerName: 'Mia',
      post: 'Die Torte für die Taufe war ein Traum, alle Gäste wollten wissen, woher sie ist! 🎂',
      responseMinutes: 300,
      agentName: 'Jana',
    };
    const reply =
      'Liebe Mia, vielen Dank! Mit dem Code TAUFE10 sparen Sie 10 % beim nächsten Mal. Jana';
    const quoted = scoreReply(ctx, pub(reply))
      .findings.filter((f) => f.code === 'personalization.specific-point')
      .flatMap((f) => f.quotes.map((q) => q.text));
    expect(quoted).not.toContain('TAUFE10');
    // A code the customer wrote is picked up as written.
    const asked = scoreReply(
      { ...ctx, kind: 'question', post: 'Gilt der Code TAUFE10 auch für Torten?' },
      pub('Hallo Mia, ja, TAUFE10 gilt auch für alle Torten. Jana'),
    );
    const picked = asked.findings.find((f) => f.code === 'personalization.specific-point');
    expect(picked?.quotes.map((q) => q.text)).toContain('TAUFE10');
  });

  it('rewards name, specific point and sign-off, and penalises boilerplate', () => {
    const personal = scoreReply(
      deComplaint,
      pub('Liebe Frau Becker, die verschobene Lieferung Ihrer Waschmaschine ärgert uns auch. Lena'),
    );
    expect(personal.scores.personalization).toBeGreaterThanOrEqual(80);
    const boiler = scoreReply(
      deComplaint,
      pub(
        'Vielen Dank für Ihre Nachricht. Ihr Anliegen wurde an die zuständige Fachabteilung weitergeleitet.',
      ),
    );
    expect(boiler.scores.personalization).toBeLessThan(60);
    expect(boiler.findings.map((f) => f.code)).toContain('personalization.boilerplate');
  });
  it('recognises the name as an @handle', () => {
    expect(
      codes({ ...enQuestion, customerName: '@tomharris' }, pub('@tomharris yes, open all day.')),
    ).toContain('personalization.name');
  });
});

describe('resolution', () => {
  it('wants concrete steps and a time for complaints', () => {
    expect(
      scoreReply(deComplaint, pub('Wir schicken Ihnen morgen einen neuen Liefertermin per Mail.'))
        .scores.resolution,
    ).toBeGreaterThanOrEqual(60);
    expect(scoreReply(deComplaint, pub('Wir schauen uns das an.')).scores.resolution).toBeLessThan(
      60,
    );
    expect(
      scoreReply(deComplaint, pub('Wir schauen uns das an und melden uns bis morgen 12 Uhr.'))
        .scores.resolution,
    ).toBeGreaterThanOrEqual(60);
  });
  it('treats "can\'t help" as a problem unless an alternative follows', () => {
    const ctx = { ...enQuestion, kind: 'complaint' as const };
    expect(codes(ctx, pub("Sorry, we can't help with that."))).toContain('resolution.cant-help');
    expect(
      codes(ctx, pub("We can't refund the ticket, but we'll send you a voucher today.")),
    ).not.toContain('resolution.cant-help');
  });
  it('answers questions directly, or gives a status update with a time', () => {
    expect(
      scoreReply(enQuestion, pub('Hi Tom, yes – the pool is open on bank holidays from 9am.'))
        .scores.resolution,
    ).toBeGreaterThanOrEqual(60);
    expect(
      scoreReply(
        enQuestion,
        pub(
          "Good question, Tom – I'm checking with the pool team and will reply here by 3pm today.",
        ),
      ).scores.resolution,
    ).toBeGreaterThanOrEqual(60);
    expect(
      scoreReply(enQuestion, pub('Please see our website for opening hours.')).scores.resolution,
    ).toBeLessThan(60);
  });
  it('takes a short echo of the question as a yes ("it is!", "gibt es!"), not any "it is"', () => {
    const deQuestion: ScoringContext = {
      lang: 'de',
      kind: 'question',
      customerName: 'Jana Becker',
      post: 'Gibt es bei euch auch Schwimmkurse für Erwachsene?',
      responseMinutes: 20,
      agentName: 'Lena',
    };
    for (const reply of [
      'Hallo Jana, gibt es! Dienstags und donnerstags abends, in kleinen Gruppen mit Trainerin. Viele Grüße, Lena',
      'Hallo Jana, haben wir! In kleinen Gruppen mit Trainerin. Viele Grüße, Lena',
    ]) {
      const r = scoreReply(deQuestion, pub(reply));
      expect(r.scores.resolution, reply).toBeGreaterThanOrEqual(60);
      expect(r.findings.map((f) => f.code)).toContain('resolution.direct-answer');
    }
    expect(
      codes(
        enQuestion,
        pub('Hi Tom, it is – lanes and the toddler pool both. Enjoy your swim! Sam'),
      ),
    ).not.toContain('resolution.no-action');
    expect(codes(enQuestion, pub('Hi Tom, it is a lovely pool – enjoy your swim! Sam'))).toContain(
      'resolution.no-action',
    );
  });
  it('does not call facts the customer can act on "nothing offered" or "no answer"', () => {
    const cancelled: ScoringContext = {
      lang: 'en',
      kind: 'complaint',
      customerName: 'Oliver King',
      post: 'Train cancelled AGAIN. 3rd time this week. How am I supposed to keep my job?',
      companyAtFault: true,
      privateDataNeeded: false,
      responseMinutes: 30,
      agentName: 'Sam',
    };
    const found = codes(
      cancelled,
      pub(
        "Hi Oliver, three cancellations in one week is really rough, especially with work on the line – I'm sorry. The 08:12 was cancelled because of a signal fault at Reading; the 08:27 is running and stops at all the same stations. You can claim Delay Repay for every cancelled trip. Sam",
      ),
    );
    expect(found).not.toContain('resolution.nothing-offered');
    expect(found).not.toContain('resolution.no-action');
    expect(codes(cancelled, pub("Hi Oliver, I'm sorry about that. Sam"))).toContain(
      'resolution.nothing-offered',
    );
  });
  it('corrects unjustified criticism politely, without false admissions', () => {
    const ctx: ScoringContext = {
      ...deComplaint,
      companyAtFault: false,
      privateDataNeeded: false,
      post: 'Ihr habt mir 5 € zu viel berechnet!',
    };
    expect(
      scoreReply(
        ctx,
        pub(
          'Hallo Frau Becker, laut unseren Unterlagen wurden 19,90 € berechnet, wie im Angebot genannt.',
        ),
      ).scores.resolution,
    ).toBeGreaterThanOrEqual(60);
    expect(codes(ctx, pub('Sie haben völlig recht, das war unser Fehler.'))).toContain(
      'resolution.false-admission',
    );
  });
  it('thanks praise without pushing', () => {
    const praise: ScoringContext = {
      ...enQuestion,
      kind: 'praise',
      post: 'The new barista makes the best flat white!',
    };
    expect(
      scoreReply(praise, pub('Thanks so much, Tom – we will tell Mia! Sam')).scores.resolution,
    ).toBeGreaterThanOrEqual(60);
    expect(
      scoreReply(praise, pub('Thanks Tom! Leave us a 5-star review on Google?')).scores.resolution,
    ).toBeLessThan(60);
  });
  it("doesn't feed trolls", () => {
    const troll: ScoringContext = {
      ...enQuestion,
      kind: 'troll',
      post: 'You are all crooks!!',
      netiquetteViolated: true,
    };
    expect(
      scoreReply(troll, { channel: 'hide', reply: '' }).scores.resolution,
    ).toBeGreaterThanOrEqual(60);
    expect(
      scoreReply(troll, pub('Oh please, calm down, nobody forces you to shop here 🙄')).scores
        .resolution,
    ).toBeLessThan(60);
  });
});

describe('channel', () => {
  it('takes a way to reach someone, not somewhere to read, for the private route', () => {
    // Written for this test: a case that needs the customer's booking, answered in public.
    const ctx: ScoringContext = {
      lang: 'en',
      kind: 'complaint',
      customerName: 'Margaret Ashworth',
      post: 'You kept our whole £450 deposit although we cancelled six weeks ahead. Disgraceful.',
      companyAtFault: false,
      privateDataNeeded: true,
      responseMinutes: 60,
      agentName: 'Sam',
    };
    const read = codes(
      ctx,
      pub('Dear Mrs Ashworth, deposits are explained in our FAQ on the website. Sam'),
    );
    expect(read).toContain('channel.needs-private');
    expect(read).not.toContain('channel.moved-private');
    const reach = codes(
      ctx,
      pub(
        'Dear Mrs Ashworth, I am sorry. Please call our office so we can look at your booking. Sam',
      ),
    );
    expect(reach).toContain('channel.moved-private');
  });

  it('flags a date of birth shown in public, in both languages', () => {
    // Written for this test: the right answer, with the customer's birth date in the thread.
    const en = scoreReply(
      { ...enQuestion, post: 'Is the Westfield pharmacy open on Boxing Day? I need my insulin.' },
      pub(
        'Hi Tom, yes, 10am to 4pm. Your insulin is ready under your date of birth 12/03/1951. Sam',
      ),
    );
    const revealed = en.findings.find((f) => f.code === 'channel.public-data-revealed');
    expect(revealed?.quotes.map((q) => q.text)).toEqual(['date of birth 12/03/1951']);
    expect(en.scores.channel).toBeLessThan(60);
    const de = scoreReply(
      deComplaint,
      pub('Liebe Frau Becker, Ihr Kundenkonto (geb. 04.05.1962) ist jetzt freigeschaltet. Lena'),
    );
    expect(
      de.findings.find((f) => f.code === 'channel.public-data-revealed')?.quotes[0]?.text,
    ).toBe('geb. 04.05.1962');
    // A date with no word of birth is not one.
    const dated = scoreReply(
      deComplaint,
      pub('Liebe Frau Becker, die Regel gilt für Geräte, die vor dem 01.01.1991 eingebaut wurden.'),
    );
    expect(dated.findings.map((f) => f.code)).not.toContain('channel.public-data-revealed');
  });

  it('flags public requests for personal data and accepts the private route', () => {
    expect(
      scoreReply(deComplaint, pub('Nennen Sie uns hier bitte Ihre Bestellnummer und Adresse.'))
        .scores.channel,
    ).toBeLessThan(60);
    expect(
      scoreReply(deComplaint, pub('Schicken Sie uns Ihre Bestellnummer bitte per Direktnachricht.'))
        .scores.channel,
    ).toBeGreaterThanOrEqual(60);
    expect(
      scoreReply(deComplaint, { channel: 'private', reply: 'Wie lautet Ihre Bestellnummer?' })
        .scores.channel,
    ).toBeGreaterThanOrEqual(60);
  });
  it('flags detours for simple questions', () => {
    expect(
      scoreReply(enQuestion, pub('Please call our hotline on 0800 123 4567.')).scores.channel,
    ).toBeLessThan(60);
    expect(
      scoreReply(enQuestion, pub('Yes, open 9am to 6pm on bank holidays.')).scores.channel,
    ).toBeGreaterThanOrEqual(60);
  });
  it('never ignores or deletes legitimate criticism; hides rule breakers', () => {
    expect(scoreReply(deComplaint, { channel: 'none', reply: '' }).scores.channel).toBeLessThan(60);
    expect(scoreReply(deComplaint, { channel: 'delete', reply: '' }).scores.channel).toBeLessThan(
      60,
    );
    const insult: ScoringContext = { ...deComplaint, kind: 'troll', netiquetteViolated: true };
    expect(
      scoreReply(insult, { channel: 'hide', reply: '' }).scores.channel,
    ).toBeGreaterThanOrEqual(60);
    expect(
      scoreReply({ ...insult, netiquetteViolated: false }, { channel: 'delete', reply: '' }).scores
        .channel,
    ).toBeLessThan(60);
  });
  it("stays off other people's profiles", () => {
    const foreign = { ...deComplaint, onOwnProfile: false };
    expect(
      scoreReply(foreign, { channel: 'none', reply: '' }).scores.channel,
    ).toBeGreaterThanOrEqual(60);
    expect(
      scoreReply(foreign, pub('Hallo, hier ist das Team von Waschwelt!')).scores.channel,
    ).toBeLessThan(60);
  });
});

describe('overall and live hints', () => {
  it('is a weighted mean of the applicable scores', () => {
    const ev = scoreReply(enQuestion, { channel: 'none', reply: '' });
    const applicable = Object.values(ev.scores).filter((s) => s !== null);
    expect(applicable.length).toBeGreaterThan(0);
    expect(ev.overall).toBeLessThanOrEqual(Math.max(...applicable));
    expect(ev.overall).toBeGreaterThanOrEqual(Math.min(...applicable));
  });
  it('weighs the dimensions as WEIGHTS says (values worked out by hand)', () => {
    const scores = {
      timing: 100,
      tone: 40,
      empathy: null,
      personalization: 20,
      resolution: 80,
      channel: 0,
    };
    // (100·1 + 40·1 + 20·0.75 + 80·1.25 + 0·1.25) / (1 + 1 + 0.75 + 1.25 + 1.25) = 255 / 5.25
    expect(overallOf(scores)).toBe(49);
    // Equal weights: (100 + 40 + 20 + 80 + 0) / 5 = 48.
    const equal = { timing: 1, tone: 1, empathy: 1, personalization: 1, resolution: 1, channel: 1 };
    expect(overallOf(scores, equal)).toBe(48);
    expect(WEIGHTS.resolution).toBeGreaterThan(WEIGHTS.personalization);
    expect(
      overallOf({
        ...scores,
        timing: null,
        tone: null,
        personalization: null,
        resolution: null,
        channel: null,
      }),
    ).toBe(0);
  });
  it('gives findings for a draft without timing', () => {
    const draft = 'Na toll, schon wieder Sie. Nennen Sie uns Ihre Bestellnummer.';
    const hints = liveHints(deComplaint, draft);
    expect(hints.map((f) => f.code)).toEqual(
      expect.arrayContaining(['tone.sarcasm', 'channel.public-data-request']),
    );
    expect(hints.some((f) => f.criterion === 'timing')).toBe(false);
  });
});

describe('timing messages', () => {
  it('use the right grammatical forms (written by hand)', () => {
    const late = scoreReply(
      { ...deComplaint, kind: 'praise', responseMinutes: 4 * 1440 },
      pub('Danke, Frau Becker!'),
    ).findings.find((f) => f.code === 'timing.late');
    expect(late?.message).toBe('Antwort erst nach 4 Tagen – das ist zu spät (Frist: 2 Tage).');
    const one = scoreReply({ ...enQuestion, responseMinutes: 1 }, pub('Yes, Tom.')).findings.find(
      (f) => f.code === 'timing.exemplary',
    );
    expect(one?.message).toBe('Replied after 1 minute – within the hour, exemplary.');
  });
});

describe('cases reported from playing the simulator (judged by hand by the rubric)', () => {
  const troll: ScoringContext = {
    lang: 'de',
    kind: 'troll',
    customerName: 'Ralf',
    post: 'Eure Jacken sind Schrott, jeder weiß das!',
    responseMinutes: 10,
  };
  it('polite sarcasm with a wink to a troll feeds it', () => {
    const ev = scoreReply(troll, pub('Das stärkste aller Argumente 😉 Einen schönen Abend noch!'));
    expect(ev.scores.tone).toBeLessThan(60);
    expect(ev.scores.resolution).toBeLessThan(60);
    expect(ev.findings.map((f) => f.code)).toContain('tone.sarcasm');
  });
  it('statistics and legal threats argue with a troll', () => {
    for (const reply of [
      'Das stimmt nicht: 98 % unserer Kunden sind zufrieden, und laut Stiftung Warentest sind unsere Jacken „gut“. Informieren Sie sich bitte.',
      'Wir behalten uns rechtliche Schritte gegen diese Behauptung vor.',
    ]) {
      const ev = scoreReply(troll, pub(reply));
      expect(ev.scores.resolution, reply).toBeLessThan(60);
      expect(
        ev.findings.map((f) => f.code),
        reply,
      ).not.toContain('resolution.not-feeding');
    }
  });
  it('a false admission and refund of a correct fee fails resolution in both languages', () => {
    const fee: ScoringContext = {
      lang: 'de',
      kind: 'complaint',
      customerName: 'Oliver Brandt',
      post: 'Ihr habt mir eine Aufnahmegebühr von 29 € berechnet, die nirgends stand!',
      companyAtFault: false,
      responseMinutes: 30,
    };
    const de = scoreReply(
      fee,
      pub(
        'Hallo Oliver, da haben Sie völlig recht, das war unser Fehler. Wir erstatten Ihnen die 29 € sofort.',
      ),
    );
    const en = scoreReply(
      { ...fee, lang: 'en', post: 'You charged me a €29 joining fee that was never mentioned!' },
      pub(
        "Hi Oliver, you're absolutely right, that was our mistake. We'll refund the €29 right away.",
      ),
    );
    for (const ev of [de, en]) {
      expect(ev.scores.resolution).toBeLessThan(60);
      expect(ev.findings.map((f) => f.code)).toContain('resolution.false-admission');
    }
  });
  it('dense abbreviations are jargon, not shouting', () => {
    const ev = scoreReply(
      {
        lang: 'de',
        kind: 'question',
        customerName: 'Maria Klein',
        post: 'Ist die Jacke wasserdicht?',
        responseMinutes: 20,
      },
      pub(
        'Hallo Frau Klein, ja: ISO 3758, DWR-Ausrüstung, PFC-freie Membran mit 20.000 mm Wassersäule.',
      ),
    );
    const codes = ev.findings.map((f) => f.code);
    expect(codes).toContain('tone.jargon');
    expect(codes).not.toContain('tone.shouting');
    expect(ev.scores.tone).toBeLessThan(60);
  });
  it('"post your customer number here, then we check" is no next step', () => {
    const ev = scoreReply(
      deComplaint,
      pub(
        'Hallo Frau Becker, das tut mir leid. Nennen Sie uns hier Ihre Kundennummer, dann prüfen wir das.',
      ),
    );
    const codes = ev.findings.map((f) => f.code);
    expect(codes).not.toContain('resolution.next-step');
    expect(codes).toContain('channel.public-data-request');
    expect(ev.scores.resolution).toBeLessThan(60);
  });
});
