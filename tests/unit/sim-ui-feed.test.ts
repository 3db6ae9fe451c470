import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { de } from '../../src/lib/i18n/de';
import { en } from '../../src/lib/i18n/en';
import { postTime } from '../../src/lib/sim-ui/clock';
import { AVATAR_COLOURS, avatarColour, initials } from '../../src/lib/sim-ui/avatar';
import { GENEROUS_LIMIT, X_LIMIT, lengthLimit, replyLength } from '../../src/lib/sim-ui/length';

describe('postTime (feed timestamps)', () => {
  // Monday 08:30 in minutes since Monday 00:00 of the starting week.
  const now = 510;
  it('says how long ago within the last day', () => {
    expect(postTime(now, now, en.sim.time, en.sim.ago)).toBe('just now');
    expect(postTime(now - 35, now, en.sim.time, en.sim.ago)).toBe('35 min ago');
    expect(postTime(now - 1350, now, en.sim.time, en.sim.ago)).toBe('22 h ago');
    expect(postTime(now - 1350, now, de.sim.time, de.sim.ago)).toBe('vor 22 Std.');
  });
  it('gives the weekday and time of older posts (the weekend before a Monday start)', () => {
    // By hand: 2725 minutes before Mon 08:30 is Sat 11:05; 2400 before is Sat 16:30.
    expect(postTime(now - 2725, now, en.sim.time, en.sim.ago)).toBe('Sat 11:05');
    expect(postTime(now - 2400, now, de.sim.time, de.sim.ago)).toBe('Sa 16:30');
  });
});

describe('avatars', () => {
  it('uses the initials of the first and last word', () => {
    expect(initials('Jana Becker')).toBe('JB');
    expect(initials('Stefan P.')).toBe('SP');
    expect(initials('Murat Şahin')).toBe('MŞ');
    expect(initials('mod')).toBe('M');
    expect(initials('@truth_seeker_88')).toBe('T8');
    expect(initials('  ')).toBe('?');
  });
  it('picks a stable colour per person', () => {
    expect(avatarColour('@jana.becker')).toBe(avatarColour('@jana.becker'));
    fc.assert(
      fc.property(fc.string(), (key) => {
        const c = avatarColour(key);
        expect(Number.isInteger(c) && c >= 0 && c < AVATAR_COLOURS).toBe(true);
      }),
    );
  });
});

describe('reply length', () => {
  it('limits public posts on X to 280 and is generous elsewhere', () => {
    expect(lengthLimit('x', 'public')).toBe(280);
    expect(lengthLimit('x', 'private')).toBe(2000);
    expect(lengthLimit('facebook', 'public')).toBe(2000);
    expect(X_LIMIT).toBe(280);
    expect(GENEROUS_LIMIT).toBe(2000);
  });
  it('counts like X on X: emoji 2, web addresses 23, accented letters 1', () => {
    expect(replyLength('a'.repeat(280), 'x')).toBe(280);
    expect(replyLength('Danke 😀', 'x')).toBe(8);
    expect(replyLength('👍🏽', 'x')).toBe(2);
    expect(replyLength('Schöne Grüße', 'x')).toBe(12);
    // "é" written as e + combining accent is one character once normalised.
    expect(replyLength('Caf\u0065\u0301', 'x')).toBe(4);
    expect(replyLength('Infos: https://example.com/a/very/long/path?with=query', 'x')).toBe(7 + 23);
    expect(replyLength('日本', 'x')).toBe(4);
  });
  it('counts code points elsewhere', () => {
    expect(replyLength('Danke 😀', 'facebook')).toBe(7);
    expect(replyLength('', 'facebook')).toBe(0);
  });
});
