import { describe, expect, it } from 'vitest';
import {
  facet,
  matches,
  NO_FILTER,
  practising,
  type ScenarioCard,
} from '../../src/lib/sim-ui/library';
import { combine, type Decision } from '../../src/lib/sim-ui/view';
import { minutesUntilMorning } from '../../src/lib/sim-ui/clock';

const card = (id: string, over: Partial<ScenarioCard> = {}): ScenarioCard => ({
  id,
  title: id,
  summary: '',
  kind: 'complaint',
  platform: 'facebook',
  difficulty: 'easy',
  minutes: 5,
  lessons: ['complaints'],
  ...over,
});

describe('library filters', () => {
  const cards = [
    card('a'),
    card('b', { kind: 'troll', platform: 'x', difficulty: 'hard', lessons: ['trolls'] }),
    card('c', { platform: 'reviews' }),
  ];
  it('matches every card without a filter and narrows by each field', () => {
    expect(cards.filter((c) => matches(c, NO_FILTER))).toHaveLength(3);
    expect(
      cards.filter((c) => matches(c, { ...NO_FILTER, kind: 'troll' })).map((c) => c.id),
    ).toEqual(['b']);
    expect(
      cards
        .filter((c) => matches(c, { ...NO_FILTER, kind: 'complaint', platform: 'reviews' }))
        .map((c) => c.id),
    ).toEqual(['c']);
    expect(cards.filter((c) => matches(c, { ...NO_FILTER, difficulty: 'medium' }))).toEqual([]);
  });
  it('lists the distinct values of a field and the scenarios of a lesson', () => {
    expect(facet(cards, 'platform')).toEqual(['facebook', 'x', 'reviews']);
    expect(practising(cards, 'trolls').map((c) => c.id)).toEqual(['b']);
  });
});

describe('combine', () => {
  const decision = (overall: number, tone: number | null): Decision => ({
    postId: 'p',
    author: 'Jana Becker',
    post: '',
    at: 600,
    move: 'reply',
    action: { channel: 'public', reply: 'x' },
    evaluation: {
      overall,
      scores: { timing: 100, tone, empathy: null, personalization: 50, resolution: 0, channel: 80 },
      findings: [],
    },
  });
  it('is the identity for one decision and averages several', () => {
    expect(combine([decision(70, 80)]).scores).toEqual(decision(70, 80).evaluation?.scores);
    const two = combine([decision(70, 80), decision(51, null)]);
    expect(two.overall).toBe(61);
    expect(two.scores.tone).toBe(80);
    expect(two.scores.empathy).toBeNull();
  });
  it('gives zero overall and null scores when nothing was decided', () => {
    expect(combine([])).toEqual({
      overall: 0,
      scores: {
        timing: null,
        tone: null,
        empathy: null,
        personalization: null,
        resolution: null,
        channel: null,
      },
      findings: [],
    });
  });
});

describe('minutesUntilMorning', () => {
  it('skips to 08:00 the next day', () => {
    expect(minutesUntilMorning(9 * 60)).toBe(23 * 60);
    expect(minutesUntilMorning(1440 + 23 * 60)).toBe(9 * 60);
  });
});
