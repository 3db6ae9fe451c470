/**
 * Saved games: every snapshot a real play persists is accepted, and a corpus of damaged ones
 * (the shapes that broke pages: numbers as authors, duplicated feed entries, empty or partial
 * evaluations, prototype keys, out-of-range numbers) is refused without throwing.
 */
import '../../src/lib/scoring';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreSimulation, snapshotFits } from '../../src/lib/sim/driver';
import { loadLibrary } from '../../src/lib/sim/load-node';
import { driverOptions } from '../../src/lib/sim/options';
import { play } from '../../src/lib/sim/walkthrough';

const library = loadLibrary().flatMap(({ loaded }) => (loaded.scenario ? [loaded.scenario] : []));

type Json = Record<string, unknown>;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Snapshots of real plays: after each step of every walkthrough, in both languages. */
function realSnapshots(): { id: string; snap: Json }[] {
  const out: { id: string; snap: Json }[] = [];
  for (const scenario of library) {
    for (const w of scenario.walkthroughs.slice(0, 3)) {
      for (let n = 1; n <= w.steps.length; n++) {
        const lang = scenario.languages[n % scenario.languages.length]!;
        const r = play(scenario, w.steps.slice(0, n), lang);
        out.push({ id: scenario.id, snap: clone(r.simulation.persist()) as Json });
      }
    }
  }
  return out;
}

const real = realSnapshots();
const scenarioOf = (id: string) => library.find((s) => s.id === id)!;
const done = real.find((r) => r.snap.status === 'done' && (r.snap.context as Json).decisions)!;

/** Damages one thing in a saved game; each returns a new snapshot. */
const damages: [string, (s: Json) => Json][] = [
  ['feed entry from a number', (s) => edit(s, (c) => (feed(c)[0]!.from = 42))],
  ['feed entry twice', (s) => edit(s, (c) => feed(c).push(clone(feed(c)[0]!)))],
  ['evaluation {}', (s) => edit(s, (c) => (decisions(c)[0]!.evaluation = {}))],
  [
    'findings without quotes',
    (s) =>
      edit(s, (c) => {
        const ev = decisions(c)[0]!.evaluation as Json;
        ev.findings = [
          {
            criterion: 'tone',
            type: 'issue',
            code: 'x',
            message: 'm',
            guideline: 'g',
            lesson: 'l',
          },
        ];
      }),
  ],
  ['scores null', (s) => edit(s, (c) => ((decisions(c)[0]!.evaluation as Json).scores = null))],
  ['score 101', (s) => edit(s, (c) => ((decisions(c)[0]!.evaluation as Json).overall = 101))],
  [
    '__proto__ in history',
    (s) => ({ ...s, historyValue: JSON.parse('{"__proto__":{"x":1}}') as Json }),
  ],
  [
    'constructor in context',
    (s) =>
      edit(s, (c) => void Object.assign(c, JSON.parse('{"constructor":{"polluted":1}}') as Json)),
  ],
  ['now is NaN-like', (s) => edit(s, (c) => (c.now = 8.7e15))],
  ['mood a string', (s) => edit(s, (c) => (c.mood = '3'))],
  ['flags twice', (s) => edit(s, (c) => (c.flags = ['a', 'a']))],
  ['feed text a number', (s) => edit(s, (c) => (feed(c)[0]!.text = 7))],
  ['feed text empty record', (s) => edit(s, (c) => (feed(c)[0]!.text = {}))],
  ['unknown channel', (s) => edit(s, (c) => (feed(c)[0]!.channel = 'fax'))],
  ['negative likes', (s) => edit(s, (c) => (feed(c)[0]!.likes = -1))],
  ['unknown decision beat', (s) => edit(s, (c) => (decisions(c)[0]!.beat = 'constructor'))],
  ['action of unknown type', (s) => edit(s, (c) => (decisions(c)[0]!.action = { type: 'dance' }))],
  ['value toString', (s) => ({ ...s, value: 'toString' })],
  ['children with an actor', (s) => ({ ...s, children: { x: { src: 'y' } } })],
  ['deeply nested', (s) => edit(s, (c) => (c.extra = deep(100)))],
];
function feed(c: Json) {
  return c.feed as Json[];
}
function decisions(c: Json) {
  return c.decisions as Json[];
}
function edit(s: Json, change: (context: Json) => void): Json {
  const copy = clone(s);
  change(copy.context as Json);
  return copy;
}
function deep(n: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = [v];
  return v;
}

describe('saved game snapshots', () => {
  it('every snapshot of a real play fits and resumes', () => {
    expect(real.length).toBeGreaterThan(30);
    for (const { id, snap } of real) {
      expect(snapshotFits(scenarioOf(id), snap), id).toBe(true);
      expect(
        restoreSimulation(scenarioOf(id), snap, driverOptions({ lang: 'de' })),
        id,
      ).toBeDefined();
    }
  });

  it.each(damages)('refuses a saved game with %s', (_name, damage) => {
    expect(done).toBeDefined();
    expect(snapshotFits(scenarioOf(done.id), damage(done.snap))).toBe(false);
  });

  it('never throws on 300 random damages of real snapshots, and accepts none that breaks the shape', () => {
    const paths = fc.constantFrom(...real);
    const junk = fc.oneof(
      fc.constant(null),
      fc.constant('__proto__'),
      fc.double(),
      fc.integer(),
      fc.string(),
      fc.constant({}),
      fc.constant([]),
      fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'x'), fc.integer()),
    );
    fc.assert(
      fc.property(
        paths,
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        junk,
        (r, at, value) => {
          const copy = clone(r.snap);
          // Walk to a random place in the snapshot and put junk there.
          let node: unknown = copy;
          for (const n of at.slice(0, -1)) {
            if (typeof node !== 'object' || node === null) break;
            const keys = Object.keys(node);
            if (!keys.length) break;
            const next = (node as Json)[keys[n % keys.length]!];
            if (typeof next !== 'object' || next === null) break;
            node = next;
          }
          if (typeof node === 'object' && node !== null) {
            const keys = Object.keys(node);
            const key = keys.length ? keys[at.at(-1)! % keys.length]! : 'x';
            (node as Json)[key] = value;
          }
          const scenario = scenarioOf(r.id);
          expect(() => snapshotFits(scenario, copy)).not.toThrow();
          if (snapshotFits(scenario, copy))
            expect(() =>
              restoreSimulation(scenario, copy, driverOptions({ lang: 'en' })),
            ).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});
