import { describe, expect, it } from 'vitest';
import { de } from '../../src/lib/i18n/de';
import { en } from '../../src/lib/i18n/en';
import fc from 'fast-check';
import { segments } from '../../src/lib/sim-ui/highlight';
import {
  ageStatus,
  formatClock,
  formatDuration,
  parseClock,
  thinkingMinutes,
} from '../../src/lib/sim-ui/clock';
import { seededOrder } from '../../src/lib/sim-ui/shuffle';
import { scoreReply } from '../../src/lib/scoring';
import { lessonHref } from '../../src/lib/sim-ui/links';

describe('segments', () => {
  it('cuts the text at the spans', () => {
    expect(segments('Na toll, danke.', [{ start: 0, end: 7 }])).toEqual([
      { text: 'Na toll', mark: true },
      { text: ', danke.', mark: false },
    ]);
  });
  it('merges overlaps, clamps and ignores empty spans', () => {
    expect(
      segments('abcdef', [
        { start: 4, end: 99 },
        { start: 1, end: 3 },
        { start: 2, end: 4 },
        { start: 5, end: 5 },
      ]),
    ).toEqual([
      { text: 'a', mark: false },
      { text: 'bcdef', mark: true },
    ]);
  });
  it('keeps markup as plain text', () => {
    const text = '<script>alert(1)</script>';
    expect(
      segments(text, [{ start: 0, end: 8 }])
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
  it('always reassembles to the original text (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(
          fc.record({
            start: fc.integer({ min: -5, max: 50 }),
            end: fc.integer({ min: -5, max: 50 }),
          }),
        ),
        (text, spans) => {
          const out = segments(text, spans);
          expect(out.map((s) => s.text).join('')).toBe(text);
          for (let i = 1; i < out.length; i++) expect(out[i]?.mark && out[i - 1]?.mark).toBeFalsy();
        },
      ),
    );
  });
});

describe('clock', () => {
  it('parses and formats simulated time with the weekday (minutes since Monday 00:00)', () => {
    expect(parseClock('09:12')).toBe(552);
    expect(parseClock('24:00')).toBeUndefined();
    expect(formatClock(552, de.sim.time)).toBe('Mo 09:12');
    expect(formatClock(1440 + 65, en.sim.time)).toBe('Tue 01:05');
    expect(formatClock(4 * 1440 + 18 * 60 + 40, de.sim.time)).toBe('Fr 18:40');
    // A post from the weekend before a Monday start.
    expect(formatClock(-(1440 + 60), en.sim.time)).toBe('Sat 23:00');
    expect(formatClock(7 * 1440 + 8 * 60, en.sim.time)).toBe('Mon 08:00');
  });
  it('formats durations', () => {
    expect(formatDuration(0, en.sim.time)).toBe('0 min');
    expect(formatDuration(45, de.sim.time)).toBe('45 Min.');
    expect(formatDuration(190, de.sim.time)).toBe('3 Std. 10 Min.');
    expect(formatDuration(2 * 1440 + 60, de.sim.time)).toBe('2 Tage 1 Std.');
  });
  it('judges an open post exactly as the scorer judges a reply sent now', () => {
    // By hand from the guidelines: questions exemplary within 1 h, 24 h at most; complaints
    // 24 h; praise 2 days; trolls need no reply.
    expect(ageStatus(60, 'question')).toBe('exemplary');
    expect(ageStatus(61, 'question')).toBe('in-time');
    expect(ageStatus(1440, 'question')).toBe('in-time');
    expect(ageStatus(1441, 'question')).toBe('late');
    expect(ageStatus(1000, 'complaint')).toBe('in-time');
    expect(ageStatus(1441, 'complaint')).toBe('late');
    expect(ageStatus(2880, 'praise')).toBe('in-time');
    expect(ageStatus(9999, 'troll')).toBe('none');
    // The scorer agrees at every edge.
    const timing = (kind: 'question' | 'complaint' | 'praise', responseMinutes: number) =>
      scoreReply(
        { lang: 'en', kind, customerName: 'Max', post: 'Hello?', responseMinutes },
        { channel: 'public', reply: 'Hi Max, yes, we open at 9. Lena' },
      ).findings.find((f) => f.criterion === 'timing')?.code;
    const asCode = {
      exemplary: 'timing.exemplary',
      'in-time': 'timing.in-time',
      late: 'timing.late',
    };
    for (const [kind, ages] of [
      ['question', [0, 60, 61, 1440, 1441]],
      ['complaint', [0, 1440, 1441]],
      ['praise', [2880, 2881]],
    ] as const) {
      for (const age of ages) {
        const status = ageStatus(age, kind);
        expect(timing(kind, age), `${kind} after ${age} min`).toBe(
          asCode[status as keyof typeof asCode],
        );
      }
    }
  });
  it('turns thinking time into whole simulated minutes', () => {
    expect(thinkingMinutes(60_000, 5)).toBe(5);
    expect(thinkingMinutes(30_000, 5)).toBe(2);
    expect(thinkingMinutes(-1, 5)).toBe(0);
    expect(thinkingMinutes(60_000, 0)).toBe(0);
  });
});

describe('seededOrder (choice mode)', () => {
  const options = ['a', 'b', 'c', 'd'];
  it('keeps every option and gives the same order for the same seed and decision', () => {
    const once = seededOrder(options, 12345, 'post');
    expect([...once].sort()).toEqual(options);
    expect(seededOrder(options, 12345, 'post')).toEqual(once);
    expect(options).toEqual(['a', 'b', 'c', 'd']);
  });
  it('does not keep the authored order: the model is not always first', () => {
    const firsts = new Set<string>();
    for (let seed = 0; seed < 200; seed++) firsts.add(seededOrder(options, seed, 'post')[0]!);
    expect([...firsts].sort()).toEqual(options);
  });
});

describe('lessonHref', () => {
  it('points at the rule anchor of the lesson', () => {
    expect(lessonHref('en', 'complaints', 'complaint.respond-24h')).toBe(
      '/en/lessons/complaints/#rule-complaint-respond-24h',
    );
  });
});
