import { describe, expect, it, beforeEach } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import {
  ATTEMPTS_KEY,
  MAX_ATTEMPTS,
  MAX_DEBRIEFS,
  attachDebrief,
  attempts,
  findAttempt,
  lastDebriefed,
  bestAttempt,
  bestScores,
  clearInProgress,
  decodeAttempts,
  encodeAttempts,
  fingerprint,
  recordAttempt,
  saveInProgress,
  type Attempt,
  type StoredDebrief,
} from '../../src/stores/attempts';

const score = z.number().int().min(0).max(100);
const scores = z.strictObject({
  timing: score.nullable(),
  tone: score.nullable(),
  empathy: score.nullable(),
  personalization: score.nullable(),
  resolution: score.nullable(),
  channel: score.nullable(),
});
const mode = z.enum(['coaching', 'assessment']);
const input = z.enum(['free', 'choice']);
const lang = z.enum(['de', 'en']);
const channel = z.enum(['public', 'private', 'email', 'phone', 'none', 'hide', 'delete']);
const finding = z.strictObject({
  criterion: z.enum(['timing', 'tone', 'empathy', 'personalization', 'resolution', 'channel']),
  type: z.enum(['strength', 'issue']),
  code: z.string().regex(/^[a-z][a-z-]*\./),
  message: z.string().max(1000),
  guideline: z.string().min(1),
  lesson: z.string().min(1),
  quotes: z.array(
    z.strictObject({ text: z.string(), start: z.number().int().min(0), end: z.number().int() }),
  ),
});
const debrief = z.strictObject({
  lang,
  ending: z.strictObject({
    id: z.string().min(1),
    title: z.string(),
    why: z.string(),
    outcome: z.enum(['good', 'neutral', 'bad']),
  }),
  decisions: z.array(
    z.strictObject({
      postId: z.string(),
      author: z.string(),
      post: z.string(),
      at: z.number(),
      move: z.enum(['reply', 'hide', 'delete', 'escalate', 'none']),
      action: z.strictObject({ channel, reply: z.string().max(8000) }),
      evaluation: z.strictObject({ overall: score, scores, findings: z.array(finding) }),
      model: z.string().optional(),
    }),
  ),
});
/** The stored shape, as documented above the store. */
const stored = z.strictObject({
  v: z.literal(1),
  scenarios: z.record(
    z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    z.strictObject({
      attempts: z
        .array(
          z.strictObject({
            date: z.string().max(40),
            mode,
            input,
            lang,
            overall: score,
            scores,
            ending: z.string().min(1),
            outcome: z.enum(['good', 'neutral', 'bad']),
            durationMs: z.number().min(0),
            simMinutes: z.number().min(0),
            debrief: debrief.optional(),
          }),
        )
        .max(MAX_ATTEMPTS),
      inProgress: z
        .strictObject({
          fingerprint: z.string().max(64),
          mode,
          input,
          lang,
          startedAt: z.string(),
          elapsedMs: z.number().min(0),
          snapshot: z.record(z.string(), z.unknown()),
          seed: z
            .number()
            .int()
            .min(0)
            .max(2 ** 32 - 1)
            .optional(),
          agentName: z.string().max(40).optional(),
          draft: z.string().max(8000).optional(),
          channel: z.enum(['public', 'private', 'email', 'phone']).optional(),
          target: z.string().min(1).optional(),
          moves: z
            .string()
            .regex(/^[0-9a-z.@]*$/)
            .max(4000)
            .optional(),
        })
        .optional(),
    }),
  ),
  recovered: z.boolean().optional(),
});

const good: Attempt = {
  date: '2026-11-23T08:00:00.000Z',
  mode: 'coaching',
  input: 'free',
  lang: 'de',
  overall: 72,
  scores: {
    timing: 100,
    tone: 80,
    empathy: 60,
    personalization: 40,
    resolution: 70,
    channel: null,
  },
  ending: 'resolved',
  outcome: 'good',
  durationMs: 120_000,
  simMinutes: 45,
};

/** A debrief as the simulator stores it, written by hand. */
const storedDebrief: StoredDebrief = {
  lang: 'en',
  ending: {
    id: 'resolved',
    title: 'Customer won back',
    why: 'You answered well.',
    outcome: 'good',
  },
  decisions: [
    {
      postId: 'complaint',
      author: 'Jana Becker',
      post: 'Seven days!',
      at: 552,
      move: 'reply',
      action: { channel: 'public', reply: 'Sorry, Ms Becker.' },
      evaluation: {
        overall: 72,
        scores: good.scores,
        findings: [
          {
            criterion: 'empathy',
            type: 'strength',
            code: 'empathy.apology',
            message: 'Apology: “Sorry”.',
            guideline: 'complaint.admit-and-apologise',
            lesson: 'complaints',
            quotes: [{ text: 'Sorry', start: 0, end: 5 }],
          },
        ],
      },
      model: 'Dear Ms Becker …',
    },
  ],
};

useTestStorageEngine();

describe('attempts store', () => {
  it('keeps the choice-mode seed and the trainee name of a game in progress, and drops damaged ones', () => {
    const progress = {
      fingerprint: 'f',
      mode: 'coaching',
      input: 'choice',
      lang: 'en',
      startedAt: good.date,
      elapsedMs: 0,
      snapshot: { value: 'post' },
    };
    const decode = (extra: object) =>
      decodeAttempts(
        JSON.stringify({ v: 1, scenarios: { x: { inProgress: { ...progress, ...extra } } } }),
      ).scenarios.x?.inProgress;
    expect(decode({ seed: 4294967295, agentName: 'Lena' })).toMatchObject({
      seed: 4294967295,
      agentName: 'Lena',
    });
    const damaged = decode({ seed: -1, agentName: 'x'.repeat(41) });
    expect(damaged?.snapshot).toEqual({ value: 'post' });
    expect(damaged).not.toHaveProperty('seed');
    expect(damaged).not.toHaveProperty('agentName');
  });

  beforeEach(() => {
    cleanTestStorage();
    attempts.set({ v: 1, scenarios: {} });
  });

  it('records attempts, keeps the best, and clears the in-progress snapshot', () => {
    saveInProgress('parcel-late-facebook', {
      fingerprint: 'abc',
      mode: 'coaching',
      input: 'free',
      lang: 'de',
      startedAt: good.date,
      elapsedMs: 5,
      snapshot: { value: 'post' },
    });
    expect(attempts.get().scenarios['parcel-late-facebook']?.inProgress?.snapshot).toEqual({
      value: 'post',
    });
    recordAttempt('parcel-late-facebook', good);
    recordAttempt('parcel-late-facebook', { ...good, overall: 90, ending: 'calm' });
    recordAttempt('parcel-late-facebook', { ...good, overall: 50 });
    const rec = attempts.get().scenarios['parcel-late-facebook'];
    expect(rec?.inProgress).toBeUndefined();
    expect(rec?.attempts).toHaveLength(3);
    expect(bestAttempt(attempts.get(), 'parcel-late-facebook')?.ending).toBe('calm');
    expect(bestScores()).toEqual({ 'parcel-late-facebook': 90 });
    const raw = getTestStorage()[ATTEMPTS_KEY];
    expect(stored.parse(JSON.parse(raw ?? ''))).toBeTruthy();
    expect(decodeAttempts(raw)).toEqual(attempts.get());
  });

  it('keeps at most MAX_ATTEMPTS attempts, newest last', () => {
    for (let i = 0; i < MAX_ATTEMPTS + 5; i++) recordAttempt('x', { ...good, overall: i });
    const list = attempts.get().scenarios['x']?.attempts ?? [];
    expect(list).toHaveLength(MAX_ATTEMPTS);
    expect(list.at(-1)?.overall).toBe(MAX_ATTEMPTS + 4);
  });

  it('clearInProgress keeps the attempts', () => {
    recordAttempt('x', good);
    saveInProgress('x', {
      fingerprint: 'f',
      mode: 'assessment',
      input: 'choice',
      lang: 'en',
      startedAt: good.date,
      elapsedMs: 0,
      snapshot: {},
    });
    clearInProgress('x');
    expect(attempts.get().scenarios['x']).toEqual({ attempts: [good] });
  });
});

describe('debriefs and drafts', () => {
  beforeEach(() => {
    cleanTestStorage();
    attempts.set({ v: 1, scenarios: {} });
  });

  it('stores a debrief with its attempt and reopens it by date', () => {
    recordAttempt('x', good);
    attachDebrief('x', good.date, storedDebrief);
    const raw = getTestStorage()[ATTEMPTS_KEY];
    expect(stored.parse(JSON.parse(raw ?? ''))).toBeTruthy();
    const decoded = decodeAttempts(raw);
    expect(decoded.recovered).toBeUndefined();
    expect(findAttempt(decoded, 'x', good.date)?.debrief).toEqual(storedDebrief);
    expect(lastDebriefed(decoded, 'x')?.date).toBe(good.date);
    expect(findAttempt(decoded, 'x', 'no-such-date')).toBeUndefined();
  });

  it('keeps the debrief of the newest MAX_DEBRIEFS attempts only', () => {
    for (let i = 0; i < MAX_DEBRIEFS + 3; i++)
      recordAttempt('x', { ...good, date: `2026-11-23T08:0${i}:00.000Z`, debrief: storedDebrief });
    const list = attempts.get().scenarios['x']?.attempts ?? [];
    expect(list).toHaveLength(MAX_DEBRIEFS + 3);
    expect(list.filter((a) => a.debrief).length).toBe(MAX_DEBRIEFS);
    expect(list.slice(0, 3).every((a) => a.debrief === undefined)).toBe(true);
  });

  it('drops a damaged debrief, finding or decision on its own', () => {
    const decode = (debrief: unknown) =>
      decodeAttempts(
        JSON.stringify({ v: 1, scenarios: { x: { attempts: [{ ...good, debrief }] } } }),
      );
    const [decision] = storedDebrief.decisions;
    // A broken ending: the attempt stays, without its debrief.
    const noEnding = decode({ ...storedDebrief, ending: { id: 'resolved' } });
    expect(noEnding.recovered).toBe(true);
    expect(noEnding.scenarios.x?.attempts).toEqual([good]);
    // A broken finding: the decision stays without it.
    const badFinding = decode({
      ...storedDebrief,
      decisions: [
        {
          ...decision,
          evaluation: {
            ...decision?.evaluation,
            findings: [{ code: 'x' }, ...(decision?.evaluation?.findings ?? [])],
          },
        },
      ],
    });
    expect(badFinding.recovered).toBe(true);
    expect(badFinding.scenarios.x?.attempts[0]?.debrief).toEqual(storedDebrief);
    // A broken decision: the other decisions stay.
    const badDecision = decode({ ...storedDebrief, decisions: [{ move: 'dance' }, decision] });
    expect(badDecision.scenarios.x?.attempts[0]?.debrief).toEqual(storedDebrief);
    // A quote out of range is dropped, the finding kept.
    const badQuote = decode({
      ...storedDebrief,
      decisions: [
        {
          ...decision,
          evaluation: {
            ...decision?.evaluation,
            findings: [
              { ...decision?.evaluation?.findings[0], quotes: [{ text: 'x', start: 5, end: 2 }] },
            ],
          },
        },
      ],
    });
    expect(
      badQuote.scenarios.x?.attempts[0]?.debrief?.decisions[0]?.evaluation?.findings[0],
    ).toMatchObject({ code: 'empathy.apology', quotes: [] });
  });

  it('keeps the draft, channel, picked post and moves of a game in progress; damaged ones are left out', () => {
    const progress = {
      fingerprint: 'f',
      mode: 'coaching',
      input: 'free',
      lang: 'de',
      startedAt: good.date,
      elapsedMs: 0,
      snapshot: { value: 'post' },
    };
    const decode = (extra: object) =>
      decodeAttempts(
        JSON.stringify({ v: 1, scenarios: { x: { inProgress: { ...progress, ...extra } } } }),
      ).scenarios.x?.inProgress;
    expect(
      decode({
        draft: 'Liebe Frau Becker',
        channel: 'private',
        target: 'complaint',
        moves: 'w3o1',
      }),
    ).toMatchObject({
      draft: 'Liebe Frau Becker',
      channel: 'private',
      target: 'complaint',
      moves: 'w3o1',
    });
    const damaged = decode({
      draft: 'x'.repeat(8001),
      channel: 'hide',
      target: '../x',
      moves: 'w3"o1',
    });
    expect(damaged?.snapshot).toEqual({ value: 'post' });
    expect(damaged).not.toHaveProperty('draft');
    expect(damaged).not.toHaveProperty('channel');
    expect(damaged).not.toHaveProperty('target');
    expect(damaged).not.toHaveProperty('moves');
  });
});

describe('decodeAttempts', () => {
  it('reads nothing as empty and garbage as empty, flagged', () => {
    expect(decodeAttempts(undefined)).toEqual({ v: 1, scenarios: {} });
    expect(decodeAttempts('{not json')).toEqual({ v: 1, scenarios: {}, recovered: true });
    expect(decodeAttempts('[1,2]')).toEqual({ v: 1, scenarios: {}, recovered: true });
    expect(decodeAttempts('null').recovered).toBe(true);
  });

  it('drops only the broken parts', () => {
    const raw = JSON.stringify({
      v: 1,
      scenarios: {
        ok: {
          attempts: [good, { ...good, overall: 101 }, { ...good, mode: 'x' }, 'junk'],
          inProgress: { fingerprint: 'f', snapshot: 'not an object' },
        },
        'Bad Id!': { attempts: [good] },
        other: { attempts: [{ ...good, scores: { ...good.scores, tone: '80' } }, good] },
      },
    });
    const decoded = decodeAttempts(raw);
    expect(decoded.recovered).toBe(true);
    expect(decoded.scenarios).toEqual({ ok: { attempts: [good] }, other: { attempts: [good] } });
  });

  it('flags an unknown version but keeps what fits', () => {
    const decoded = decodeAttempts(
      JSON.stringify({ v: 7, scenarios: { a: { attempts: [good] } } }),
    );
    expect(decoded).toEqual({ v: 1, scenarios: { a: { attempts: [good] } }, recovered: true });
  });

  it('never throws and always yields the documented shape (property)', () => {
    const attemptArb = fc.record({
      date: fc.oneof(fc.constant(good.date), fc.string()),
      mode: fc.constantFrom('coaching', 'assessment', 'x'),
      input: fc.constantFrom('free', 'choice', 1),
      lang: fc.constantFrom('de', 'en', 'fr'),
      overall: fc.oneof(fc.integer({ min: -5, max: 105 }), fc.double()),
      scores: fc.oneof(
        fc.constant(good.scores),
        fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.constant(null))),
      ),
      ending: fc.oneof(fc.constant('resolved'), fc.string()),
      outcome: fc.constantFrom('good', 'bad', 'neutral', 'meh'),
      durationMs: fc.oneof(fc.nat(), fc.double()),
      simMinutes: fc.oneof(fc.nat(), fc.constant(-1)),
      debrief: fc.oneof(
        fc.constant(undefined),
        fc.constant(storedDebrief),
        fc.anything(),
        fc.record({
          lang: fc.constantFrom('de', 'en', 'x'),
          ending: fc.oneof(fc.constant(storedDebrief.ending), fc.anything()),
          decisions: fc.array(
            fc.oneof(
              fc.constant(storedDebrief.decisions[0]),
              fc.anything(),
              fc.record({
                move: fc.constantFrom('reply', 'hide', 'x'),
                action: fc.oneof(fc.constant({ channel: 'public', reply: 'a' }), fc.anything()),
                evaluation: fc.anything(),
              }),
            ),
          ),
        }),
      ),
    });
    const data = fc.oneof(
      fc.anything(),
      fc.record({
        v: fc.constantFrom(1, 2),
        scenarios: fc.dictionary(
          fc.oneof(fc.constant('a-b'), fc.string()),
          fc.record({ attempts: fc.oneof(fc.array(attemptArb), fc.anything()) }),
        ),
      }),
    );
    fc.assert(
      fc.property(data, (value) => {
        const decoded = decodeAttempts(JSON.stringify(value) ?? '');
        expect(stored.safeParse(decoded).success).toBe(true);
        // Decoding what we would write gives the same value back.
        expect(decodeAttempts(encodeAttempts(decoded)).scenarios).toEqual(decoded.scenarios);
      }),
      { numRuns: 300 },
    );
  });
});

describe('fingerprint', () => {
  it('is stable and changes with the data', () => {
    expect(fingerprint({ a: 1 })).toBe(fingerprint({ a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
    expect(fingerprint({ a: 1 })).toMatch(/^[0-9a-f]{8}$/);
  });
});
