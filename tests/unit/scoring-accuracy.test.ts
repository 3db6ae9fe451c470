/**
 * Balanced accuracy of the scorer per dimension and language on the labelled development
 * set (tests/fixtures/scoring/dev-*.jsonl): a label "good" means the score must be ≥ 60,
 * "bad" below 60, null that the dimension does not apply (not counted). A null score where
 * a label exists counts as wrong. Fails under 0.90 and prints the figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CRITERIA,
  PASS_MARK,
  scoreReply,
  type Criterion,
  type ReplyAction,
  type ScoringContext,
} from '../../src/lib/scoring';

const MIN_BALANCED_ACCURACY = 0.9;

type Labelled = ScoringContext &
  ReplyAction & { id: string; labels: Partial<Record<Criterion, 'good' | 'bad' | null>> };

function load(lang: 'de' | 'en'): Labelled[] {
  return readFileSync(`tests/fixtures/scoring/dev-${lang}.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as Labelled;
      } catch {
        throw new Error(`tests/fixtures/scoring/dev-${lang}.jsonl line ${i + 1} is not valid JSON`);
      }
    });
}

interface Tally {
  good: number;
  goodRight: number;
  bad: number;
  badRight: number;
  misses: string[];
}

function tally(cases: Labelled[]): Record<Criterion, Tally> {
  const out = Object.fromEntries(
    CRITERIA.map((c) => [c, { good: 0, goodRight: 0, bad: 0, badRight: 0, misses: [] }]),
  ) as unknown as Record<Criterion, Tally>;
  for (const x of cases) {
    const { channel, reply, labels, ...ctx } = x;
    const { scores } = scoreReply(ctx, { channel, reply });
    for (const c of CRITERIA) {
      const label = labels[c];
      if (label !== 'good' && label !== 'bad') continue;
      const s = scores[c];
      const predicted = s === null ? null : s >= PASS_MARK ? 'good' : 'bad';
      const t = out[c];
      if (label === 'good') t.good++;
      else t.bad++;
      if (predicted === label) {
        if (label === 'good') t.goodRight++;
        else t.badRight++;
      } else t.misses.push(`${x.id} (${label}, scored ${s})`);
    }
  }
  return out;
}

const balanced = (t: Tally) => (t.goodRight / (t.good || 1) + t.badRight / (t.bad || 1)) / 2;

describe.each(['de', 'en'] as const)('balanced accuracy on the %s development set', (lang) => {
  const cases = load(lang);
  const result = tally(cases);
  const lines = CRITERIA.map((c) => {
    const t = result[c];
    return `${lang} ${c.padEnd(15)} ${balanced(t).toFixed(3)}  good ${t.goodRight}/${t.good}  bad ${t.badRight}/${t.bad}`;
  });
  console.log(`Scoring accuracy (${cases.length} replies)\n${lines.join('\n')}`);

  it('has enough labelled replies with both classes per dimension', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    for (const c of CRITERIA) {
      expect(result[c].good, `${c} good`).toBeGreaterThan(0);
      expect(result[c].bad, `${c} bad`).toBeGreaterThan(0);
    }
  });

  it.each(CRITERIA)(`reaches ${MIN_BALANCED_ACCURACY} on %s`, (c) => {
    const t = result[c];
    expect(balanced(t), `misses: ${t.misses.join(', ')}`).toBeGreaterThanOrEqual(
      MIN_BALANCED_ACCURACY,
    );
  });
});
