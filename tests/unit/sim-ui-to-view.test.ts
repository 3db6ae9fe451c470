import { describe, expect, it } from 'vitest';
import { de } from '../../src/lib/i18n/de';
import { en } from '../../src/lib/i18n/en';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import '../../src/lib/scoring';
import { driverOptions } from '../../src/lib/sim/options';
import { scenario as schema } from '../../src/lib/sim/schema';
import { startSimulation } from '../../src/lib/sim/driver';
import { gameView, type SnapshotLike } from '../../src/lib/sim-ui/to-view';
import { formatClock } from '../../src/lib/sim-ui/clock';
import { debriefView } from '../../src/lib/sim-ui/debrief-view';
import type { Simulation } from '../../src/lib/sim/driver';

const snap = (sim: Simulation) => sim.actor.getSnapshot() as unknown as SnapshotLike;
const load = (id: string) => schema.parse(parse(readFileSync(`scenarios/${id}.yaml`, 'utf8')));
const parcel = load('parcel-late-facebook');

describe('gameView (browser mapping of the engine snapshot)', () => {
  it('shows only messages whose time has come, and the open post with its decision', () => {
    const sim = startSimulation(parcel, driverOptions({ lang: 'en' }));
    const view = gameView(parcel, snap(sim), 'en', en.sim);
    expect(view.feed.map((i) => i.id)).toEqual(['complaint']);
    expect(view.feed[0]?.author).toBe('Jana Becker');
    expect(view.open.map((o) => o.id)).toEqual(['complaint']);
    expect(view.awaiting?.options.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(view.ending).toBeNull();
    sim.advance(40);
    expect(gameView(parcel, snap(sim), 'en', en.sim).feed.map((i) => i.id)).toEqual([
      'complaint',
      'tom-agrees',
    ]);
  });

  it('names moderation in the timeline in the trainee language and reaches the ending', () => {
    const sim = startSimulation(parcel, driverOptions({ lang: 'de' }));
    sim.act({ type: 'moderate', how: 'delete' });
    const view = gameView(parcel, snap(sim), 'de', de.sim);
    const debrief = debriefView(parcel, snap(sim), view.feed, 'de', de.sim);
    expect(view.ending?.outcome).toBe('bad');
    expect(view.feed.find((i) => i.id === 'complaint')?.status).toBe('deleted');
    expect(
      debrief.timeline.some((e) => e.text === 'Beitrag gelöscht' && e.channel === 'delete'),
    ).toBe(true);
    expect(debrief.decisions).toHaveLength(1);
    expect(debrief.decisions[0]?.model).toContain('Frau Becker');
  });

  it('classifies the ending it reaches', () => {
    const sim = startSimulation(parcel, driverOptions({ lang: 'en' }));
    sim.advance(1500);
    const view = gameView(parcel, snap(sim), 'en', en.sim);
    expect(view.ending?.id).toBe('ignored');
    expect(view.ending?.outcome).toBe('bad');
  });

  it('plays the final reaction: the messages an ending brings are in the feed and the timeline', () => {
    const sim = startSimulation(parcel, driverOptions({ lang: 'en' }));
    sim.act({ type: 'moderate', how: 'hide' });
    const view = gameView(parcel, snap(sim), 'en', en.sim);
    expect(view.ending?.id).toBe('deleted-backlash');
    // The customer's screenshot post comes 30 simulated minutes after the ending is reached.
    expect(view.feed.map((i) => i.id)).toContain('jana-screenshot');
    const { timeline } = debriefView(parcel, snap(sim), view.feed, 'en', en.sim);
    expect(timeline.map((e) => e.text).join(' ')).toContain('screenshot');
  });

  it('shuffles choice-mode options by the attempt seed, the same way on every render', () => {
    const sim = startSimulation(parcel, driverOptions({ lang: 'en' }));
    const order = (seed: number) =>
      gameView(parcel, snap(sim), 'en', en.sim, undefined, seed).awaiting?.options.map((o) => o.id);
    expect(order(7)).toEqual(order(7));
    expect([...(order(7) ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
    const firsts = new Set(Array.from({ length: 50 }, (_, seed) => order(seed)?.[0]));
    expect(firsts.size).toBeGreaterThan(1);
  });

  it('shows a move option by its name, also as the model in the debrief', () => {
    const troll = load('troll-insults');
    const sim = startSimulation(troll, driverOptions({ lang: 'de' }));
    const first = gameView(troll, snap(sim), 'de', de.sim);
    expect(first.awaiting?.options.find((o) => o.id === 'a')).toMatchObject({
      move: 'hide',
      text: '',
    });
    sim.act({ type: 'reply', channel: 'public', text: 'Selber Idiot!' });
    const view = gameView(troll, snap(sim), 'de', de.sim);
    const { decisions } = debriefView(troll, snap(sim), view.feed, 'de', de.sim);
    expect(decisions[0]?.model).toBe(de.sim.moves['moderate-hide']);
  });

  it('an inbox that piled up over the weekend shows posts of the right age on Monday morning', () => {
    const inbox = load('inbox-priorities');
    const sim = startSimulation(inbox, driverOptions({ lang: 'en' }));
    const view = gameView(inbox, snap(sim), 'en', en.sim);
    const age = (id: string) => view.now - (view.open.find((o) => o.id === id)?.at ?? view.now);
    // By hand from the story: Ute's praise on Saturday 11:05, Marco's complaint on Sunday
    // 19:40, Sophie's question at 07:55 this Monday; the clock says Monday 08:30.
    expect(formatClock(view.now, en.sim.time)).toBe('Mon 08:30');
    expect(age('praise-ute')).toBe(45 * 60 + 25);
    expect(age('broken-machine')).toBe(12 * 60 + 50);
    expect(age('question-grinder')).toBe(35);
    expect(view.open.every((o) => o.at < view.now)).toBe(true);
  });
});
