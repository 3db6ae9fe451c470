/**
 * The live board from a hand-written log: trainees' statements as the LRS returns them
 * (stored, ids), controls mixed in; every expected figure worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  board,
  groupPicture,
  isStale,
  meanOverall,
  timeLeft,
  openedAuthority,
} from '../../src/lib/live/board';
import { LIVE_VERBS } from '../../src/lib/live/protocol';
import { EXT, VERBS } from '../../src/lib/drill/statements';
import { REGISTRATION, T0, TRAINEE_A, TRAINEE_B } from '../fixtures/live/run';

const at = (s: number) => new Date(T0 + s * 1000).toISOString();
const actor = (account: string, name: string) => ({
  objectType: 'Agent',
  name,
  account: { homePage: 'https://replylab.example', name: account },
});
let n = 0;
const id = () => `aaaaaaaa-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function st(verb: string, account: string, name: string, seconds: number, extra = {}) {
  return {
    id: id(),
    actor: actor(account, name),
    verb: { id: verb },
    object: { id: 'x' },
    context: { registration: REGISTRATION },
    stored: at(seconds),
    ...extra,
  };
}
const scores = (v: number | null) => ({
  timing: v,
  tone: v,
  empathy: v,
  personalization: v,
  resolution: v,
  channel: v,
});
function responded(
  account: string,
  name: string,
  seconds: number,
  overall: number,
  codes: string[],
) {
  return st(VERBS.responded, account, name, seconds, {
    result: {
      extensions: {
        [EXT.findings]: codes,
        [EXT.decision]: {
          scenario: 'parcel-late-facebook',
          beat: 'post',
          target: 'm1',
          kind: 'complaint',
          action: 'reply',
          channel: 'public',
          text: '<b>Sorry</b>',
          latencyMs: 1000,
          timedOut: false,
          responseMinutes: 3,
          overall,
          scores: scores(overall),
          findings: codes.map((code) => ({
            code,
            type: code.startsWith('empathy.') ? 'strength' : 'issue',
            lesson: '',
          })),
        },
      },
    },
  });
}

const anna = [
  st(VERBS.initialized, TRAINEE_A, 'Anna', 1),
  responded(TRAINEE_A, 'Anna', 20, 70, ['empathy.acknowledged', 'channel.public-data-request']),
  responded(TRAINEE_A, 'Anna', 40, 50, ['tone.sarcasm']),
];
const ben = [
  st(VERBS.initialized, TRAINEE_B, 'Ben', 3),
  responded(TRAINEE_B, 'Ben', 25, 30, ['channel.deleted-criticism', 'tone.sarcasm']),
  st(VERBS.completed, TRAINEE_B, 'Ben', 50),
  st(VERBS.failed, TRAINEE_B, 'Ben', 50, {
    result: { extensions: { [EXT.summary]: { overall: 30 } } },
  }),
];
const opened = {
  id: id(),
  actor: actor('facil1tatorX', 'Frau Weber'),
  verb: { id: LIVE_VERBS.opened },
  object: { id: 'run' },
  context: { registration: REGISTRATION },
  stored: at(0),
  authority: { objectType: 'Agent', account: { homePage: 'https://lrs', name: 'room' } },
};
const otherRun = { ...st(VERBS.initialized, TRAINEE_A, 'Anna', 2), context: { registration: 'x' } };

describe('live board', () => {
  it('lists trainees in joining order with their decisions, completion and summary', () => {
    const b = board([...ben, opened, ...anna, otherRun, anna[1]], REGISTRATION);
    expect(
      b.trainees.map((t) => [t.name, t.joined, t.last, t.decisions.length, t.completed]),
    ).toEqual([
      ['Anna', T0 + 1000, T0 + 40_000, 2, false],
      ['Ben', T0 + 3000, T0 + 50_000, 1, true],
    ]);
    expect(b.trainees[1]!.summary).toEqual({ overall: 30, passed: false });
    expect(b.newest).toBe(T0 + 50_000);
    expect(b.trainees[0]!.decisions[0]!.text).toBe('<b>Sorry</b>');
    expect(meanOverall(b.trainees[0]!)).toBe(60);
    expect(meanOverall({ ...b.trainees[0]!, decisions: [] })).toBeNull();
  });

  it('raises alerts from the findings that matter, and only those', () => {
    const b = board([...anna, ...ben], REGISTRATION);
    expect(b.alerts.map((a) => [a.name, a.kind, a.code])).toEqual([
      ['Anna', 'publicData', 'channel.public-data-request'],
      ['Ben', 'deletedCriticism', 'channel.deleted-criticism'],
    ]);
  });

  it('marks as stale a trainee silent for longer than the limit in running time', () => {
    const b = board([...anna, ...ben], REGISTRATION);
    const [a, bRow] = b.trainees;
    // Running from T0 to T0+30 s, paused, running again from T0+35 s: the newest is T0+50 s.
    const state = {
      intervals: [
        { from: T0, to: T0 + 30_000 },
        { from: T0 + 35_000, to: undefined },
      ],
    };
    // Anna: last at 40 s, newest 50 s → 10 s of running time.
    expect(isStale(a!, state, b.newest, 9000)).toBe(true);
    expect(isStale(a!, state, b.newest, 10_000)).toBe(false);
    // A trainee who last wrote at 25 s: 5 + 15 = 20 s running (the pause 30–35 s does not count).
    const quiet = { ...a!, last: T0 + 25_000 };
    expect(isStale(quiet, state, b.newest, 19_999)).toBe(true);
    expect(isStale(quiet, state, b.newest, 20_000)).toBe(false);
    expect(isStale(bRow!, state, b.newest, 0)).toBe(false);
  });

  it('counts each trainee’s time left: an open inject exactly, else the limit from the last answer', () => {
    const [a, bRow] = board([...anna, ...ben], REGISTRATION).trainees;
    // Running from T0 to T0+30 s, paused, running again from T0+35 s (as above).
    const intervals = [
      { from: T0, to: T0 + 30_000 },
      { from: T0 + 35_000, to: undefined },
    ];
    const post = {
      source: 'typed' as const,
      text: 'x',
      persona: {
        name: 'Jana',
        platform: 'facebook' as const,
        kind: 'complaint' as const,
        companyAtFault: true,
        privateDataNeeded: false,
      },
    };
    const inject = (iid: string, to: string, openedAtMs: number) => ({
      id: iid,
      to,
      post,
      limitSeconds: 60,
      openedAtMs,
      deadlineMs: openedAtMs + 60_000,
    });
    const state = {
      phase: 'running' as const,
      intervals,
      injects: [inject('i-all', 'all', 36_000), inject('i-ben', TRAINEE_B, 20_000)],
      skips: [],
    };
    // Anna's last answer was stored at T0+40 s = 35 s running; 50 s running now, limit 90 s:
    // an open inject to all (deadline 96 s running) comes first: 46 s, exact.
    expect(timeLeft(a!, state, 50_000, 90_000)).toEqual({ ms: 46_000, exact: true });
    // Without injects: 90 − (50 − 35) = 75 s, an upper bound.
    const quiet = { ...state, injects: [] };
    expect(timeLeft(a!, quiet, 50_000, 90_000)).toEqual({ ms: 75_000, exact: false });
    // Answered or skipped injects no longer count; time never goes below zero.
    const answeredAll = {
      ...a!,
      decisions: [...a!.decisions, { ...a!.decisions[0]!, scenario: 'inject:i-all' }],
    };
    expect(timeLeft(answeredAll, state, 50_000, 90_000)).toEqual({ ms: 75_000, exact: false });
    const skipped = {
      ...state,
      skips: [{ id: 's', to: 'all', decision: 'inject:i-all', atMs: 45_000 }],
    };
    expect(timeLeft(a!, skipped, 50_000, 90_000)).toEqual({ ms: 75_000, exact: false });
    expect(timeLeft(a!, quiet, 200_000, 90_000)).toEqual({ ms: 0, exact: false });
    // Ben finished: nothing; the lobby or the end: nothing.
    expect(timeLeft(bRow!, state, 50_000, 90_000)).toBeUndefined();
    expect(timeLeft(a!, { ...state, phase: 'ended' }, 50_000, 90_000)).toBeUndefined();
  });

  it('finds the room authority from the first opened control', () => {
    const later = { ...opened, id: id(), stored: at(5), authority: { mbox: 'mailto:x@y' } };
    expect(openedAuthority([later, opened], REGISTRATION, LIVE_VERBS.opened)).toBe(
      'account:https://lrs|room',
    );
  });

  it('draws the group picture: bands per dimension and the most frequent issues', () => {
    const g = groupPicture(board([...anna, ...ben], REGISTRATION).trainees, 2);
    expect(g.decisions).toBe(3);
    // Overalls 70, 50, 30 → one in 60-79, one in 40-59, one in 0-39 on every dimension.
    expect(g.distribution.tone).toEqual({ '0-39': 1, '40-59': 1, '60-79': 1, '80-100': 0 });
    // tone.sarcasm twice; then channel.deleted-criticism and channel.public-data-request once
    // (ties by code); the strength empathy.acknowledged is not an issue.
    expect(g.topIssues).toEqual([
      { code: 'tone.sarcasm', count: 2 },
      { code: 'channel.deleted-criticism', count: 1 },
    ]);
  });
});
