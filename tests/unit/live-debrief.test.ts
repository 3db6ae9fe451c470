import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultsCsv } from '../../src/lib/drill/csv';
import {
  decisionStatement,
  lifecycleStatement,
  type RunContext,
  type Statement,
} from '../../src/lib/drill/statements';
import { board } from '../../src/lib/live/board';
import { debriefChoices, debriefReplies } from '../../src/lib/live/debrief';
import { runResults } from '../../src/lib/live/run-results';
import { fixturePlan, runs } from '../fixtures/drill/runs';

// Three hand-made runs (tests/fixtures/drill/runs.ts) played in one live room: the log as the
// LRS would return it, each statement with a `stored` time one second after the previous one.
const ROOM = '6f1e2d3c-4b5a-8a69-9788-a6b5c4d3e2f1';
const HASH = 'c'.repeat(64);
let n = 0;
const meta = (at: string) => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  timestamp: at,
});

function logOf(finished: boolean[]): Statement[] {
  const log: Statement[] = [];
  runs.forEach(({ content }, i) => {
    const ctx: RunContext = {
      plan: fixturePlan,
      drillHash: HASH,
      run: content.run,
      registration: ROOM,
      trainee: content.trainee,
      homePage: 'https://replylab.example',
    };
    log.push(lifecycleStatement('initialized', ctx, meta(content.startedAt)));
    for (const d of content.decisions) log.push(decisionStatement(ctx, d, meta(content.startedAt)));
    if (finished[i]) {
      log.push(lifecycleStatement('completed', ctx, meta(content.finishedAt)));
      log.push(
        lifecycleStatement(content.summary.passed ? 'passed' : 'failed', ctx, {
          ...meta(content.finishedAt),
          summary: content.summary,
          scenarios: content.scenarios,
        }),
      );
    }
  });
  return log.map((s, i) => ({
    ...s,
    stored: new Date(Date.UTC(2026, 11, 1, 9, 0, i)).toISOString(),
  }));
}

describe('group debrief', () => {
  const log = logOf([true, true, false]);
  const rows = board(log, ROOM).trainees;

  it('offers every decision taken, in the order it was first answered, with its reply count', () => {
    // Each fixture run answers one decision per scenario, both in beat "post".
    const choices = debriefChoices(rows);
    expect(choices.map((c) => c.key)).toEqual([
      'parcel-late-facebook#post',
      'product-question-simple#post',
    ]);
    expect(choices.map((c) => c.replies)).toEqual([3, 3]);
  });

  it('shows one reply per trainee without names, in an order that is not the joining order', () => {
    const key = 'parcel-late-facebook#post';
    const replies = debriefReplies(rows, key, ROOM);
    expect(replies).toHaveLength(3);
    const texts = replies.map((r) => r.text).sort();
    expect(texts).toEqual(runs.map((r) => r.content.decisions[0]!.text).sort());
    for (const r of replies) {
      expect(JSON.stringify(r)).not.toMatch(/Anna|Ben|Cara/);
      expect(r).not.toHaveProperty('account');
    }
    // Scores and findings as the trainee's results file has them.
    const anna = runs[0]!.content.decisions[0]!;
    const hers = replies.find((r) => r.text === anna.text)!;
    expect(hers.overall).toBe(anna.overall);
    expect(hers.findings.map((f) => f.code)).toEqual(anna.findings.map((f) => f.code));
    // The same order on every console of the run, whatever order the log came in.
    const again = debriefReplies(board([...log].reverse(), ROOM).trainees, key, ROOM);
    expect(again.map((r) => r.id)).toEqual(replies.map((r) => r.id));
    // Another run's registration shuffles differently (checked over a few registrations, since
    // one may by chance give the same order as joining).
    const joined = rows.map(
      (r) => r.decisions.find((d) => d.scenario === 'parcel-late-facebook')!.id,
    );
    const orders = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) =>
      debriefReplies(rows, key, x)
        .map((r) => r.id)
        .join(),
    );
    expect(orders.some((o) => o !== joined.join())).toBe(true);
  });

  it('rebuilds the finished trainees’ results files from the log, byte for byte their content', () => {
    const got = runResults(log, fixturePlan, HASH, ROOM);
    expect(got.unfinished).toEqual([runs[2]!.content.trainee.name]);
    expect(got.invalid).toEqual([]);
    const expected = runs
      .slice(0, 2)
      .map(({ content }) => ({
        ...content,
        drill: { id: fixturePlan.id, hash: HASH, name: fixturePlan.name, pass: fixturePlan.pass },
      }))
      .sort((a, b) => a.trainee.name.localeCompare(b.trainee.name));
    expect(got.files).toEqual(expected);
    // The CSV is the drills' CSV: one row per decision of the finished trainees.
    const csv = resultsCsv(got.files);
    expect(csv.trim().split('\r\n')).toHaveLength(1 + 4);
  });

  it('passes over other registrations, other drills’ hashes and runs without scenario results', () => {
    const other = logOf([true, true, true]).map((s) => ({
      ...s,
      context: { ...(s.context as object), registration: '11111111-1111-4111-8111-111111111111' },
    }));
    expect(runResults(other, fixturePlan, HASH, ROOM).files).toEqual([]);
    expect(runResults(logOf([true, true, true]), fixturePlan, 'd'.repeat(64), ROOM).files).toEqual(
      [],
    );
    const old = logOf([true, false, false]).map((s) => {
      const ext = (s as { result?: { extensions?: Record<string, unknown> } }).result?.extensions;
      if (ext) delete ext['https://replylab.example/xapi/extensions/scenario-results'];
      return s;
    });
    expect(runResults(old, fixturePlan, HASH, ROOM)).toMatchObject({
      files: [],
      invalid: [runs[0]!.content.trainee.name],
    });
  });

  it('any names and replies: one reply per trainee, text kept exactly, no name, no account', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 30 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(fc.string({ maxLength: 200 }), { minLength: 8, maxLength: 8 }),
        (names, texts) => {
          const rows = names.map((name, i) => ({
            account: `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
            name,
            joined: i,
            last: i,
            completed: false,
            summary: undefined,
            decisions: [
              {
                id: `s${i}`,
                scenario: 'parcel-late-facebook',
                beat: 'post',
                action: 'reply',
                channel: 'public',
                text: texts[i]!,
                overall: 50,
                scores: {},
                findings: [],
                timedOut: false,
                stored: 1000 + i,
              },
            ],
          }));
          const replies = debriefReplies(rows, 'parcel-late-facebook#post', ROOM);
          expect(replies.map((r) => r.id).sort()).toEqual(names.map((_, i) => `s${i}`).sort());
          for (const r of replies) {
            const i = Number(r.id.slice(1));
            expect(r.text).toBe(texts[i]);
            expect(Object.keys(r).sort()).toEqual(
              [
                'action',
                'channel',
                'findings',
                'id',
                'overall',
                'scores',
                'text',
                'timedOut',
                'beat',
                'scenario',
              ].sort(),
            );
          }
        },
      ),
    );
  });
});
