import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { en } from '../../src/lib/i18n/en';
import { de } from '../../src/lib/i18n/de';
import '../../src/lib/scoring';
import { WEIGHTS } from '../../src/lib/scoring/score';
import type { Evaluation, Finding } from '../../src/lib/scoring/types';
import { scenario as schema } from '../../src/lib/sim/schema';
import { play } from '../../src/lib/sim/walkthrough';
import { gameView, type SnapshotLike } from '../../src/lib/sim-ui/to-view';
import { debriefData } from '../../src/lib/sim-ui/debrief-view';
import {
  failing,
  groupFindings,
  isDoubt,
  pointsLost,
  quotedWords,
  scored,
  topFixes,
  weightOrder,
  type Weights,
} from '../../src/lib/sim-ui/debrief-plan';
import { combine, type Decision } from '../../src/lib/sim-ui/view';
import { decodeAttempts, encodeAttempts } from '../../src/stores/attempts';

/** Weights written by hand for these tests (the scorer's own are checked below). */
const weights: Weights = {
  timing: 1,
  tone: 1,
  empathy: 1,
  personalization: 0.75,
  resolution: 1.25,
  channel: 1.25,
};

const finding = (
  code: string,
  type: Finding['type'],
  criterion: Finding['criterion'],
  quotes: Finding['quotes'] = [],
): Finding => ({
  code,
  type,
  criterion,
  message: `${code}.`,
  guideline: 'g',
  lesson: 'l',
  quotes,
});

const decision = (evaluation: Evaluation | null, reply = ''): Decision => ({
  postId: 'p',
  author: 'Jana Becker',
  post: 'Seven days!',
  at: 552,
  move: 'reply',
  action: { channel: 'public', reply },
  evaluation,
});

const all = (n: number | null) => ({
  timing: n,
  tone: n,
  empathy: n,
  personalization: n,
  resolution: n,
  channel: n,
});

describe('the debrief plan', () => {
  it('charges each dimension its weighted shortfall', () => {
    // 6.25 weight in all; resolution at 20 loses 1.25 × 80 / 6.25 = 16 points.
    const e: Evaluation = { overall: 0, scores: { ...all(100), resolution: 20 }, findings: [] };
    expect(pointsLost(e, 'resolution', weights)).toBe(16);
    expect(pointsLost(e, 'tone', weights)).toBe(0);
    // Where tone does not apply, it costs nothing and the others weigh more.
    const noTone: Evaluation = { ...e, scores: { ...e.scores, tone: null } };
    expect(pointsLost(noTone, 'tone', weights)).toBe(0);
    expect(pointsLost(noTone, 'resolution', weights)).toBeCloseTo(100 / 5.25 - 0, 0);
  });

  it('puts the costliest issues first, at most three, and adds up repeats', () => {
    const first = decision({
      overall: 50,
      scores: { ...all(90), resolution: 20, personalization: 40, tone: 70 },
      findings: [
        finding('tone.jargon', 'issue', 'tone'),
        finding('personalization.no-name', 'issue', 'personalization'),
        finding('resolution.no-step', 'issue', 'resolution'),
        finding('empathy.apology', 'strength', 'empathy'),
        finding('personalization.doubt', 'issue', 'personalization'),
      ],
    });
    const second = decision({
      overall: 80,
      scores: { ...all(90), tone: 30 },
      findings: [finding('tone.jargon', 'issue', 'tone')],
    });
    const fixes = topFixes([first, second], weights);
    expect(fixes.map((f) => f.finding.code)).toEqual([
      'tone.jargon',
      'resolution.no-step',
      'personalization.no-name',
    ]);
    expect(fixes[0]?.decisions).toEqual([0, 1]);
    expect(fixes[0]?.score).toBe(30);
    // Strengths never, and an internal hand-off (no evaluation) is skipped.
    expect(topFixes([decision(null)], weights)).toEqual([]);
    expect(
      topFixes(
        [decision({ overall: 100, scores: all(100), findings: [finding('a.b', 'issue', 'tone')] })],
        weights,
      ),
    ).toEqual([]);
  });

  it('reads issues, then the questions, then strengths', () => {
    const e: Evaluation = {
      overall: 40,
      scores: { ...all(80), channel: 10, tone: 50 },
      findings: [
        finding('tone.sarcasm', 'issue', 'tone'),
        finding('empathy.apology', 'strength', 'empathy'),
        finding('tone.doubt', 'issue', 'tone'),
        finding('channel.public-data', 'issue', 'channel'),
      ],
    };
    const g = groupFindings(e, weights);
    expect(g.issues.map((f) => f.code)).toEqual(['channel.public-data', 'tone.sarcasm']);
    expect(g.doubts.map((f) => f.code)).toEqual(['tone.doubt']);
    expect(g.strengths.map((f) => f.code)).toEqual(['empathy.apology']);
    expect(isDoubt({ code: 'personalization.doubt' })).toBe(true);
    expect(isDoubt({ code: 'tone.doubtful' })).toBe(false);
    expect(failing(e)).toEqual([
      { criterion: 'channel', score: 10 },
      { criterion: 'tone', score: 50 },
    ]);
  });

  it('quotes only the words a finding refers to', () => {
    const reply = 'Na toll, danke. Schicken Sie uns Ihre Adresse.';
    const f = finding('tone.sarcasm', 'issue', 'tone', [
      { text: 'Na toll', start: 0, end: 7 },
      { text: 'Na toll', start: 0, end: 7 },
      { text: '', start: 9, end: 9 },
      { text: 'x', start: reply.indexOf('Adresse'), end: 99 },
    ]);
    expect(quotedWords(reply, f)).toEqual(['Na toll', 'Adresse.']);
  });

  it('explains the weights heaviest first', () => {
    expect(weightOrder(weights)).toEqual([
      { weight: 1.25, criteria: ['resolution', 'channel'] },
      { weight: 1, criteria: ['timing', 'tone', 'empathy'] },
      { weight: 0.75, criteria: ['personalization'] },
    ]);
  });
});

const load = (id: string) => schema.parse(parse(readFileSync(`scenarios/${id}.yaml`, 'utf8')));

describe('the debrief of a real play', () => {
  it('is stored with the attempt and comes back unchanged', () => {
    const parcel = load('parcel-late-facebook');
    const walk = parcel.walkthroughs[1];
    for (const [lang, words] of [
      ['de', de.sim],
      ['en', en.sim],
    ] as const) {
      const played = play(parcel, walk?.steps ?? [], lang, 'Lena');
      const snapshot = played.simulation.actor.getSnapshot() as unknown as SnapshotLike;
      const view = gameView(played.simulation.scenario, snapshot, lang, words, 'Lena');
      expect(view.ending).not.toBeNull();
      if (!view.ending) return;
      const data = debriefData(
        played.simulation.scenario,
        snapshot,
        view.feed,
        view.ending,
        lang,
        words,
        'Lena',
      );
      expect(data.decisions.length).toBeGreaterThan(0);
      expect(data.decisions[0]?.author).toBe('Jana Becker');
      const { timeline: _timeline, ...stored } = data;
      const attempt = {
        date: '2026-11-23T08:00:00.000Z',
        mode: 'coaching' as const,
        input: 'free' as const,
        lang,
        overall: played.overall,
        scores: played.scores,
        ending: view.ending.id,
        outcome: view.ending.outcome,
        durationMs: 1,
        simMinutes: 1,
        debrief: stored,
      };
      const raw = encodeAttempts({
        v: 1,
        scenarios: { 'parcel-late-facebook': { attempts: [attempt] } },
      });
      const decoded = decodeAttempts(raw);
      expect(decoded.recovered).toBeUndefined();
      expect(decoded.scenarios['parcel-late-facebook']?.attempts[0]?.debrief).toEqual(stored);
      // The debrief's overall is the engine's total (what the endings are keyed on).
      expect(combine(stored.decisions).overall).toBe(played.overall);
    }
  });

  it('explains the overall truly: each decision is the weighted mean of its criteria, the overall their average', () => {
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));
    let checked = 0;
    for (const file of files) {
      const s = load(file.replace(/\.yaml$/, ''));
      for (const w of s.walkthroughs) {
        const played = play(s, w.steps, 'en');
        const snapshot = played.simulation.actor.getSnapshot() as unknown as SnapshotLike;
        const decisions = scored(
          snapshot.context.decisions.flatMap((d) => (d.evaluation ? [decision(d.evaluation)] : [])),
        );
        for (const d of decisions) {
          const applies = Object.entries(d.evaluation.scores).filter(([, v]) => v !== null);
          const weight = applies.reduce((sum, [c]) => sum + WEIGHTS[c as keyof Weights], 0);
          const mean =
            applies.reduce((sum, [c, v]) => sum + (v ?? 0) * WEIGHTS[c as keyof Weights], 0) /
            weight;
          expect(d.evaluation.overall, `${s.id}: ${w.name}`).toBe(Math.round(mean));
          checked++;
        }
        if (decisions.length > 0) {
          const average =
            decisions.reduce((sum, d) => sum + d.evaluation.overall, 0) / decisions.length;
          expect(combine(decisions).overall).toBe(Math.round(average));
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
