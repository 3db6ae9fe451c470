import { describe, expect, it } from 'vitest';
import { de } from '../../src/lib/i18n/de';
import { en } from '../../src/lib/i18n/en';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { scoreReply } from '../../src/lib/scoring';
import { scenario as schema } from '../../src/lib/sim/schema';
import { startSimulation } from '../../src/lib/sim/driver';
import { gameView, type SnapshotLike } from '../../src/lib/sim-ui/to-view';
import type { Simulation } from '../../src/lib/sim/driver';

const snap = (sim: Simulation) => sim.actor.getSnapshot() as unknown as SnapshotLike;
const parcel = schema.parse(parse(readFileSync('scenarios/parcel-late-facebook.yaml', 'utf8')));

describe('gameView (browser mapping of the engine snapshot)', () => {
  it('shows only messages whose time has come, and the open post with its decision', () => {
    const sim = startSimulation(parcel, { lang: 'en', scorer: scoreReply });
    const view = gameView(parcel, snap(sim), 'en', en.sim);
    expect(view.feed.map((i) => i.id)).toEqual(['complaint']);
    expect(view.feed[0]?.author).toBe('Jana Becker');
    expect(view.open.map((o) => o.id)).toEqual(['complaint']);
    expect(view.awaiting?.options.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(view.ending).toBeNull();
    sim.advance(40);
    expect(gameView(parcel, snap(sim), 'en', en.sim).feed.map((i) => i.id)).toEqual([
      'complaint',
      'tom-agrees',
    ]);
  });

  it('names moderation in the timeline in the trainee language and reaches the ending', () => {
    const sim = startSimulation(parcel, { lang: 'de', scorer: scoreReply });
    sim.act({ type: 'moderate', how: 'delete' });
    const view = gameView(parcel, snap(sim), 'de', de.sim);
    expect(view.ending?.outcome).toBe('bad');
    expect(view.feed.find((i) => i.id === 'complaint')?.status).toBe('deleted');
    expect(view.timeline.some((e) => e.text === 'Beitrag gelöscht' && e.channel === 'delete')).toBe(
      true,
    );
    expect(view.decisions).toHaveLength(1);
    expect(view.decisions[0]?.model).toContain('Frau Becker');
  });

  it('classifies the ending it reaches', () => {
    const sim = startSimulation(parcel, { lang: 'en', scorer: scoreReply });
    sim.advance(1500);
    const view = gameView(parcel, snap(sim), 'en', en.sim);
    expect(view.ending?.id).toBe('ignored');
    expect(view.ending?.outcome).toBe('bad');
  });
});
