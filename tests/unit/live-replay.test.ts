import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTROLS,
  controlStatement,
  voidStatement,
  type Control,
  type ControlKind,
  type Void,
} from '../../src/lib/live/protocol';
import {
  injectsFor,
  replay,
  replayControls,
  runningMsAt,
  runningNow,
  skipsFor,
  type RunState,
} from '../../src/lib/live/replay';
import {
  ctx,
  meta,
  REGISTRATION,
  stored,
  T0,
  TRAINEE_A,
  TRAINEE_B,
  trust,
  WRITER_AUTHORITY,
} from '../fixtures/live/run';

const typed = {
  source: 'typed' as const,
  text: 'Seit einer Woche kein Paket. Was ist los?',
  persona: {
    name: 'Jana Becker',
    platform: 'facebook' as const,
    kind: 'complaint' as const,
    companyAtFault: true,
    privateDataNeeded: true,
  },
};

/** The run of the hand-worked example: seconds after T0 and what the console sent. */
function exampleLog() {
  const s = {
    opened: controlStatement('opened', ctx, { code: 'ABC234' }, meta()),
    started: controlStatement('started', ctx, {}, meta()),
    injectAll: controlStatement(
      'injected',
      ctx,
      { to: 'all', limitSeconds: 60, post: typed },
      meta(),
    ),
    paused: controlStatement('paused', ctx, {}, meta()),
    injectA: controlStatement(
      'injected',
      ctx,
      {
        to: TRAINEE_A,
        limitSeconds: 30,
        post: { source: 'scripted', scenario: 'parcel-late', beat: 'post' },
      },
      meta(),
    ),
    pausedAgain: controlStatement('paused', ctx, {}, meta()),
    resumed: controlStatement('resumed', ctx, {}, meta()),
    skip: controlStatement('skipped', ctx, { to: 'all', decision: 'parcel-late#post' }, meta()),
    skipAgain: controlStatement(
      'skipped',
      ctx,
      { to: 'all', decision: 'parcel-late#post' },
      meta(),
    ),
    ended: controlStatement('ended', ctx, {}, meta()),
    startedLate: controlStatement('started', ctx, {}, meta()),
  };
  const log = [
    stored(s.opened, 0),
    stored(s.started, 10),
    stored(s.injectAll, 40),
    stored(s.paused, 70),
    stored(s.injectA, 100),
    stored(s.pausedAgain, 101),
    stored(s.resumed, 130),
    stored(s.skip, 150),
    stored(s.skipAgain, 150),
    stored(s.ended, 200),
    stored(s.startedLate, 210),
  ];
  return { s, log };
}

const idOf = (statement: Record<string, unknown>) => statement.id as string;

describe('replay: a hand-worked run', () => {
  const { s, log } = exampleLog();
  const { state, setAside } = replay(log, REGISTRATION, trust);

  it('ends in phase ended with the code of the opened statement', () => {
    expect(state.phase).toBe('ended');
    expect(state.code).toBe('ABC234');
    expect(setAside).toEqual([]);
  });

  it('measures running time on stored only: [10 s, 70 s) and [130 s, 200 s)', () => {
    expect(state.intervals).toEqual([
      { from: T0 + 10_000, to: T0 + 70_000 },
      { from: T0 + 130_000, to: T0 + 200_000 },
    ]);
    expect(runningMsAt(state, T0 + 5_000)).toBe(0);
    expect(runningMsAt(state, T0 + 100_000)).toBe(60_000);
    expect(runningMsAt(state, T0 + 160_000)).toBe(90_000);
    expect(runningMsAt(state, T0 + 999_000)).toBe(130_000);
    expect(state.last).toEqual({ id: idOf(s.ended), stored: T0 + 200_000, runningMs: 130_000 });
  });

  it('times injects in running time: one while running, one while paused', () => {
    expect(state.injects.map((i) => [i.id, i.to, i.openedAtMs, i.deadlineMs])).toEqual([
      [idOf(s.injectAll), 'all', 30_000, 90_000],
      [idOf(s.injectA), TRAINEE_A, 60_000, 90_000],
    ]);
    expect(injectsFor(state, TRAINEE_A).map((i) => i.id)).toEqual([
      idOf(s.injectAll),
      idOf(s.injectA),
    ]);
    expect(injectsFor(state, TRAINEE_B).map((i) => i.id)).toEqual([idOf(s.injectAll)]);
  });

  it('skips once per (to, decision) and lists what did nothing', () => {
    expect(skipsFor(state, TRAINEE_B)).toEqual([
      { id: idOf(s.skip), to: 'all', decision: 'parcel-late#post', atMs: 80_000 },
    ]);
    expect(state.ignored).toEqual([
      { id: idOf(s.pausedAgain), kind: 'paused', reason: 'phase', phase: 'paused' },
      { id: idOf(s.skipAgain), kind: 'skipped', reason: 'repeat', phase: 'running' },
      { id: idOf(s.startedLate), kind: 'started', reason: 'phase', phase: 'ended' },
    ]);
  });

  it('shows running time from the last control plus the reader’s own elapsed time', () => {
    const running = replay(log.slice(0, 3), REGISTRATION, trust).state; // after the inject at 40 s
    expect(running.phase).toBe('running');
    expect(runningNow(running, 1_500)).toBe(31_500);
    const paused = replay(log.slice(0, 4), REGISTRATION, trust).state; // paused at 70 s
    expect(runningNow(paused, 9_999)).toBe(60_000);
    expect(runningNow(replay([], REGISTRATION, trust).state, 5_000)).toBe(0);
  });

  it('a voided inject is gone for every reader, whether it saw the inject or not', () => {
    const withdraw = stored(voidStatement(ctx, idOf(s.injectA), meta()), 120);
    const early = replay([...log, withdraw], REGISTRATION, trust).state;
    // What a late reader gets: the LRS no longer returns the voided statement.
    const late = replay(
      [...log.filter((x) => x.id !== s.injectA.id), withdraw],
      REGISTRATION,
      trust,
    ).state;
    expect(early).toEqual(late);
    expect(early.injects.map((i) => i.id)).toEqual([idOf(s.injectAll)]);
  });

  it('sets aside controls from another actor or authority, and ignores trainees’ statements', () => {
    const forgedActor = stored(
      controlStatement(
        'ended',
        { ...ctx, facilitator: { ...ctx.facilitator, id: 'someoneElse1' } },
        {},
        meta(),
      ),
      50,
    );
    const forgedAuthority = stored(
      controlStatement('ended', ctx, {}, meta()),
      51,
      WRITER_AUTHORITY,
    );
    const traineeStatement = {
      id: '33333333-3333-4333-8333-333333333333',
      actor: {
        objectType: 'Agent',
        name: 'Ben',
        account: { homePage: 'https://replylab.example', name: TRAINEE_A },
      },
      verb: { id: 'http://adlnet.gov/expapi/verbs/initialized' },
      object: { id: 'https://replylab.example/xapi/drills/drill-abc-123' },
      context: { registration: REGISTRATION },
      stored: new Date(T0 + 5_000).toISOString(),
    };
    const out = replay(
      [...log.slice(0, 3), forgedActor, forgedAuthority, traineeStatement],
      REGISTRATION,
      trust,
    );
    expect(out.state.phase).toBe('running');
    expect(out.setAside).toEqual([
      { id: idOf(forgedActor), reason: 'foreign' },
      { id: idOf(forgedAuthority), reason: 'foreign' },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: the state is a function of the set of statements.

const trainees = [TRAINEE_A, TRAINEE_B] as const;
const target = fc.constantFrom<string>('all', ...trainees);

const fieldsOf: { [K in ControlKind]: fc.Arbitrary<Extract<Control, { kind: K }>['fields']> } = {
  opened: fc.constantFrom({ code: 'ABC234' }, { code: 'XYZ789' }),
  started: fc.constant({}),
  paused: fc.constant({}),
  resumed: fc.constant({}),
  ended: fc.constant({}),
  injected: fc.record({
    to: target,
    limitSeconds: fc.integer({ min: 15, max: 900 }),
    post: fc.constant(typed),
  }),
  skipped: fc.record({
    to: target,
    decision: fc.constantFrom('parcel-late#post', 'parcel-late#follow-up', 'inject:x'),
  }),
};

/** A control at a stored instant on a coarse grid, so ties happen often. */
const controlArb: fc.Arbitrary<Control> = fc
  .record({
    kind: fc.constantFrom(...CONTROLS),
    id: fc.uuid(),
    stored: fc.integer({ min: 0, max: 40 }).map((t) => T0 + t * 500),
  })
  .chain(({ kind, id, stored }) =>
    (fieldsOf[kind] as fc.Arbitrary<Control['fields']>).map(
      (fields) => ({ kind, id, stored, fields }) as Control,
    ),
  );

/**
 * Controls and some voids of them. Ids are unique, as an LRS guarantees (a repeat of an id is
 * the same statement: `reading` makes those).
 */
const logArb = fc
  .uniqueArray(controlArb, { minLength: 1, maxLength: 40, selector: (c) => c.id })
  .chain((controls) =>
    fc.tuple(
      fc.constant(controls),
      fc
        .subarray(controls, { maxLength: Math.min(3, controls.length) })
        .chain((targets) =>
          fc.tuple(
            ...targets.map((t) =>
              fc
                .uuid()
                .map((id): Void => ({ kind: 'voided', id, stored: t.stored + 250, target: t.id })),
            ),
          ),
        ),
    ),
  )
  .map(([controls, voids]) => {
    const ids = new Set(controls.map((c) => c.id));
    const fresh = voids.filter((v) => !ids.has(v.id) && Boolean(ids.add(v.id)));
    return [...controls, ...fresh];
  });

const reading = <T>(items: T[]) =>
  fc
    .tuple(fc.shuffledSubarray(items, { minLength: items.length }), fc.subarray(items))
    .chain(([shuffled, repeats]) =>
      fc.shuffledSubarray([...shuffled, ...repeats], {
        minLength: shuffled.length + repeats.length,
      }),
    );

/** Facts every state satisfies, checked against the intervals (not the code's own totals). */
function checkInvariants(state: RunState) {
  for (const [i, { from, to }] of state.intervals.entries()) {
    expect(to === undefined || to >= from).toBe(true);
    if (i < state.intervals.length - 1) expect(to).toBeDefined();
  }
  const open = state.intervals.length > 0 && state.intervals.at(-1)!.to === undefined;
  expect(open).toBe(state.phase === 'running');
  for (const inject of state.injects)
    expect(inject.deadlineMs - inject.openedAtMs).toBe(inject.limitSeconds * 1000);
  const keys = state.skips.map((s) => `${s.to}|${s.decision}`);
  expect(new Set(keys).size).toBe(keys.length);
}

describe('replay: properties', () => {
  it('any order and any repeats of the same statements give the same state', () => {
    fc.assert(
      fc.property(
        logArb.chain((log) => fc.tuple(fc.constant(log), reading(log), reading(log))),
        ([log, first, second]) => {
          const state = replayControls(log);
          expect(replayControls(first)).toEqual(state);
          expect(replayControls(second)).toEqual(state);
          checkInvariants(state);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('replaying what arrived so far, then everything, ends where one replay of everything ends', () => {
    fc.assert(
      fc.property(logArb, fc.nat(), (log, cut) => {
        const sorted = [...log].sort((a, b) => a.stored - b.stored || (a.id < b.id ? -1 : 1));
        const prefix = sorted.slice(0, cut % (sorted.length + 1));
        const before = replayControls(prefix);
        checkInvariants(before);
        // Running time never goes back as the log grows in stored order (no voids involved).
        const plain = sorted.filter((c): c is Control => c.kind !== 'voided');
        let last = 0;
        for (let i = 1; i <= plain.length; i++) {
          const s = replayControls(plain.slice(0, i));
          const now = s.last?.runningMs ?? 0;
          expect(now).toBeGreaterThanOrEqual(last);
          last = now;
        }
        expect(replayControls([...prefix, ...log])).toEqual(replayControls(log));
      }),
      { numRuns: 200 },
    );
  });

  it('two consoles sending controls at once: every reader ends in one state', () => {
    // Each console presses buttons; the LRS stores them interleaved, ties included.
    const press = fc.record({
      kind: fc.constantFrom<ControlKind>(
        'started',
        'paused',
        'resumed',
        'ended',
        'skipped',
        'injected',
      ),
      afterMs: fc.integer({ min: 0, max: 3000 }),
    });
    fc.assert(
      fc.property(
        fc.array(press, { maxLength: 12 }),
        fc.array(press, { maxLength: 12 }),
        fc.uniqueArray(fc.uuid(), { minLength: 25, maxLength: 25 }),
        fc.infiniteStream(fc.integer({ min: 0, max: 2 })),
        (a, b, ids, lag) => {
          const statements: Record<string, unknown>[] = [
            stored(
              controlStatement('opened', ctx, { code: 'ABC234' }, { id: ids[24]!, timestamp: 'x' }),
              0,
            ),
          ];
          const lags = lag[Symbol.iterator]();
          const send = (presses: typeof a, offset: number) => {
            let t = 1000;
            for (const [i, p] of presses.entries()) {
              t += p.afterMs - (p.afterMs % 500); // coarse: ties between consoles are likely
              const fields =
                p.kind === 'skipped'
                  ? { to: 'all', decision: 'parcel-late#post' }
                  : p.kind === 'injected'
                    ? { to: TRAINEE_A, limitSeconds: 60, post: typed }
                    : {};
              const id = ids[offset + i]!;
              const st = controlStatement(p.kind, ctx, fields as never, { id, timestamp: 'x' });
              // The LRS stores it up to a second later than the press (network), in its own clock.
              statements.push(stored(st, (t + (lags.next().value as number) * 500) / 1000));
            }
          };
          send(a, 0);
          send(b, 12);
          const reference = replay(statements, REGISTRATION, trust).state;
          const byConsoleA = replay([...statements].reverse(), REGISTRATION, trust).state;
          const byTrainee = replay(
            [...statements.slice(3), ...statements.slice(0, 3), ...statements.slice(1, 4)],
            REGISTRATION,
            trust,
          ).state;
          expect(byConsoleA).toEqual(reference);
          expect(byTrainee).toEqual(reference);
          checkInvariants(reference);
          expect(reference.phase).not.toBe('none');
        },
      ),
      { numRuns: 200 },
    );
  });
});
