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
  responseNorm,
  thinkingMinutes,
} from '../../src/lib/sim-ui/clock';
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
  it('parses and formats simulated time', () => {
    expect(parseClock('09:12')).toBe(552);
    expect(parseClock('24:00')).toBeUndefined();
    expect(formatClock(552, de.sim.time)).toBe('Tag 1, 09:12');
    expect(formatClock(1440 + 65, en.sim.time)).toBe('Day 2, 01:05');
  });
  it('formats durations', () => {
    expect(formatDuration(0, en.sim.time)).toBe('0 min');
    expect(formatDuration(45, de.sim.time)).toBe('45 Min.');
    expect(formatDuration(190, de.sim.time)).toBe('3 Std. 10 Min.');
    expect(formatDuration(2 * 1440 + 60, de.sim.time)).toBe('2 Tage 1 Std.');
  });
  it('knows the norms and the status of an open post', () => {
    expect(responseNorm('question')).toBe(60);
    expect(responseNorm('complaint')).toBe(1440);
    expect(responseNorm('praise')).toBe(2880);
    expect(ageStatus(10, 60)).toBe('ok');
    expect(ageStatus(30, 60)).toBe('due');
    expect(ageStatus(61, 60)).toBe('late');
  });
  it('turns thinking time into whole simulated minutes', () => {
    expect(thinkingMinutes(60_000, 5)).toBe(5);
    expect(thinkingMinutes(30_000, 5)).toBe(2);
    expect(thinkingMinutes(-1, 5)).toBe(0);
    expect(thinkingMinutes(60_000, 0)).toBe(0);
  });
});

describe('lessonHref', () => {
  it('points at the rule anchor of the lesson', () => {
    expect(lessonHref('en', 'complaints', 'complaint.respond-24h')).toBe(
      '/en/lessons/complaints/#rule-complaint-respond-24h',
    );
  });
});
