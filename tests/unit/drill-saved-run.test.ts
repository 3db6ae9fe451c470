import { describe, expect, it } from 'vitest';
import { decodeRun, runKey, type SavedRun } from '../../src/lib/drill/saved-run';
import { runs } from '../fixtures/drill/runs';

const HASH = 'a'.repeat(64);
const NOW = Date.parse('2026-12-07T10:00:00Z');
const anna = runs[0]!.content;

const good: SavedRun = {
  v: 1,
  hash: HASH,
  run: '8d1c4b8e-53a4-4b0f-9a39-0d0c1f1e2a3b',
  trainee: 'Anna',
  startedAt: '2026-12-07T09:00:00.000Z',
  decisions: anna.decisions.slice(0, 1),
  scenarios: [],
  play: {
    snapshot: { status: 'active', value: 'post', context: {} },
    seed: 7,
    draft: 'Hi Jana',
    clockFrom: NOW - 20_000,
    applied: 20,
    countdown: { key: '0:0:post', openedAt: NOW - 20_000, deadline: NOW + 70_000 },
  },
};
const json = (v: unknown) => JSON.stringify(v);

describe('decodeRun: a saved drill run, field by field', () => {
  it('keys the run by drill id and version', () => {
    expect(runKey('abcDEF123456')).toBe('replylab:drill-run:v1:abcDEF123456');
  });

  it('reads back exactly what was written', () => {
    expect(decodeRun(json(good), HASH, 2, NOW)).toEqual({ ok: true, run: good, repaired: false });
  });

  it('has nothing to resume without a stored run, and refuses another drill’s run', () => {
    expect(decodeRun(null, HASH, 2, NOW)).toEqual({ ok: false, problem: 'none' });
    expect(decodeRun(json(good), 'b'.repeat(64), 2, NOW)).toEqual({
      ok: false,
      problem: 'other-drill',
    });
  });

  it('gives up only a run whose identity cannot be read', () => {
    for (const raw of [
      '{"v":1,',
      'null',
      '[]',
      json({ ...good, v: 2 }),
      json({ ...good, run: 'not-a-uuid' }),
      json({ ...good, trainee: '' }),
      json({ ...good, trainee: 42 }),
      json({ ...good, startedAt: 'yesterday' }),
      json({ ...good, hash: undefined }),
    ])
      expect(decodeRun(raw, HASH, 2, NOW), raw).toEqual({ ok: false, problem: 'damaged' });
  });

  it('drops damaged entries and keeps the rest, saying so', () => {
    const raw = json({
      ...good,
      decisions: [anna.decisions[0], { ...anna.decisions[1], latencyMs: -1 }, 'x'],
      scenarios: [anna.scenarios[0], { scenario: 'x' }],
    });
    const decoded = decodeRun(raw, HASH, 2, NOW);
    expect(decoded.ok && decoded.repaired).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.run.decisions).toEqual([anna.decisions[0]]);
    expect(decoded.run.scenarios).toEqual([anna.scenarios[0]]);
    expect(decoded.run.play?.seed).toBe(7);
  });

  it('restarts a damaged countdown and repairs play fields instead of losing the play', () => {
    const raw = json({
      ...good,
      play: {
        ...good.play,
        seed: -1,
        draft: 5,
        clockFrom: NOW + 60_000,
        applied: 1.5,
        countdown: { key: '0:0:post', openedAt: NOW, deadline: NOW - 1 },
      },
    });
    const decoded = decodeRun(raw, HASH, 2, NOW);
    expect(decoded).toEqual({
      ok: true,
      repaired: true,
      run: {
        ...good,
        play: { snapshot: good.play!.snapshot, seed: 0, draft: '', clockFrom: NOW, applied: 0 },
      },
    });
  });

  it('drops a play without a snapshot, and any play once every scenario is done', () => {
    const noSnapshot = decodeRun(json({ ...good, play: { seed: 1 } }), HASH, 2, NOW);
    expect(noSnapshot.ok && noSnapshot.run.play).toBeUndefined();
    expect(noSnapshot.ok && noSnapshot.repaired).toBe(true);
    const done = decodeRun(
      json({ ...good, scenarios: anna.scenarios, finishedAt: '2026-12-07T09:30:00.000Z' }),
      HASH,
      2,
      NOW,
    );
    expect(done.ok && done.run.play).toBeUndefined();
    expect(done.ok && done.run.finishedAt).toBe('2026-12-07T09:30:00.000Z');
  });

  it('keeps no more scenario results than the drill has, and no finish before the end', () => {
    const raw = json({ ...good, scenarios: anna.scenarios, finishedAt: '2026-12-07T09:30:00Z' });
    const decoded = decodeRun(raw, HASH, 1, NOW);
    expect(decoded.ok && decoded.run.scenarios).toEqual([anna.scenarios[0]]);
    expect(decoded.ok && decoded.repaired).toBe(true);
    const early = decodeRun(json({ ...good, finishedAt: '2026-12-07T09:30:00Z' }), HASH, 2, NOW);
    expect(early.ok && early.run.finishedAt).toBeUndefined();
    expect(early.ok && early.repaired).toBe(true);
  });
});
