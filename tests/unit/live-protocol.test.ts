import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { runsFromStatements } from '../../src/lib/drill/statements';
import {
  controlStatement,
  decisionKey,
  identityKey,
  parseStatement,
  voidStatement,
} from '../../src/lib/live/protocol';
import { ctx, REGISTRATION, ROOM_AUTHORITY, stored, trust, TRAINEE_A } from '../fixtures/live/run';

const ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const at = { id: ID, timestamp: '2026-12-07T09:00:00.000Z' };
const typed = {
  source: 'typed' as const,
  text: '<b>Wo bleibt mein Paket?</b>',
  persona: {
    name: 'Jana Becker',
    platform: 'x' as const,
    kind: 'question' as const,
    companyAtFault: false,
    privateDataNeeded: true,
  },
};

describe('control statements', () => {
  it('an inject is exactly this statement', () => {
    expect(
      controlStatement('injected', ctx, { to: TRAINEE_A, limitSeconds: 90, post: typed }, at),
    ).toEqual({
      id: ID,
      actor: {
        objectType: 'Agent',
        name: 'Frau Weber',
        account: { homePage: 'https://replylab.example', name: 'facil1tatorX' },
      },
      verb: {
        id: 'https://replylab.example/xapi/live/verbs/injected',
        display: { 'en-US': 'injected' },
      },
      object: {
        objectType: 'Activity',
        id: `https://replylab.example/xapi/drills/drill-abc-123/runs/${REGISTRATION}`,
        definition: { type: 'https://replylab.example/xapi/live/activity-types/run' },
      },
      context: {
        registration: REGISTRATION,
        contextActivities: {
          grouping: [{ id: 'https://replylab.example/xapi/drills/drill-abc-123' }],
        },
        extensions: {
          'https://replylab.example/xapi/extensions/drill-hash': 'b'.repeat(64),
          'https://replylab.example/xapi/live/extensions/control': {
            to: TRAINEE_A,
            limitSeconds: 90,
            post: typed,
          },
        },
      },
      timestamp: '2026-12-07T09:00:00.000Z',
    });
  });

  it('every control and a void pass @learninglocker/xapi-validation', () => {
    const all = [
      controlStatement('opened', ctx, { code: 'ABC234' }, at),
      controlStatement('started', ctx, {}, at),
      controlStatement('paused', ctx, {}, at),
      controlStatement('resumed', ctx, {}, at),
      controlStatement('injected', ctx, { to: 'all', limitSeconds: 15, post: typed }, at),
      controlStatement(
        'injected',
        ctx,
        {
          to: 'all',
          limitSeconds: 900,
          post: { source: 'scripted', scenario: 'troll-x', beat: 'b1' },
        },
        at,
      ),
      controlStatement('skipped', ctx, { to: TRAINEE_A, decision: 'inject:abc' }, at),
      controlStatement('ended', ctx, {}, at),
      voidStatement(ctx, ID, { ...at, id: '0aaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' }),
    ];
    for (const s of all) expect(validateStatement(s), JSON.stringify(s.verb)).toEqual([]);
  });

  it('refuses to build what no reader would accept', () => {
    expect(() => controlStatement('opened', ctx, { code: 'ABC23O' }, at)).toThrow();
    expect(() =>
      controlStatement('injected', ctx, { to: 'all', limitSeconds: 14, post: typed }, at),
    ).toThrow();
    expect(() =>
      controlStatement(
        'injected',
        ctx,
        { to: 'all', limitSeconds: 60, post: { ...typed, text: '' } },
        at,
      ),
    ).toThrow();
    expect(() => controlStatement('skipped', ctx, { to: 'Ben', decision: 'a#b' }, at)).toThrow();
  });

  it('names decisions for skips: a scenario’s beat or an inject', () => {
    expect(decisionKey.beat('parcel-late', 'post')).toBe('parcel-late#post');
    expect(decisionKey.inject(ID)).toBe(`inject:${ID}`);
  });

  it('controls never show up as a trainee run in the results dashboard', () => {
    const log = [
      stored(controlStatement('opened', ctx, { code: 'ABC234' }, at), 0),
      stored(voidStatement(ctx, ID, { ...at, id: '0aaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' }), 1),
    ];
    expect(runsFromStatements(log, 'drill-abc-123')).toEqual([]);
  });
});

describe('parseStatement', () => {
  const opened = stored(controlStatement('opened', ctx, { code: 'ABC234' }, at), 12.5);

  it('reads a control back with its stored instant in ms, the id in lower case', () => {
    const upper = { ...opened, id: ID.toUpperCase() };
    expect(parseStatement(upper, REGISTRATION, trust)).toEqual({
      ok: true,
      control: {
        kind: 'opened',
        id: ID,
        stored: Date.UTC(2026, 11, 7, 9, 0, 12, 500),
        fields: { code: 'ABC234' },
      },
    });
  });

  it('reads stored with another offset or precision as the same instant', () => {
    const other = { ...opened, stored: '2026-12-07T10:00:12.5000+01:00' };
    const parsed = parseStatement(other, REGISTRATION, trust);
    expect(parsed.ok && parsed.control.stored).toBe(Date.UTC(2026, 11, 7, 9, 0, 12, 500));
  });

  it('tells apart trainees’ statements, other runs, foreign and invalid controls', () => {
    const trainee = { ...opened, verb: { id: 'http://adlnet.gov/expapi/verbs/responded' } };
    expect(parseStatement(trainee, REGISTRATION, trust)).toEqual({
      ok: false,
      reason: 'not-control',
    });
    expect(parseStatement(opened, '00000000-0000-4000-8000-000000000000', trust)).toEqual({
      ok: false,
      reason: 'other-run',
    });
    const otherActor = {
      ...opened,
      actor: {
        ...(opened.actor as object),
        account: { homePage: 'https://replylab.example', name: 'x' },
      },
    };
    expect(parseStatement(otherActor, REGISTRATION, trust)).toEqual({
      ok: false,
      reason: 'foreign',
    });
    const noAuthority = { ...opened, authority: undefined };
    expect(parseStatement(noAuthority, REGISTRATION, trust)).toEqual({
      ok: false,
      reason: 'foreign',
    });
    // A reader that does not know the authority yet checks the actor only.
    expect(parseStatement(noAuthority, REGISTRATION, { facilitator: trust.facilitator }).ok).toBe(
      true,
    );
    const badFields = {
      ...opened,
      context: {
        ...(opened.context as object),
        extensions: { 'https://replylab.example/xapi/live/extensions/control': { code: 'abc' } },
      },
    };
    expect(parseStatement(badFields, REGISTRATION, trust)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(parseStatement({ ...opened, stored: 'yesterday' }, REGISTRATION, trust)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const extra = {
      ...opened,
      context: {
        ...(opened.context as object),
        extensions: {
          'https://replylab.example/xapi/live/extensions/control': { code: 'ABC234', html: '<i>' },
        },
      },
    };
    expect(parseStatement(extra, REGISTRATION, trust)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('keeps the text of a typed inject as text', () => {
    const inject = stored(
      controlStatement('injected', ctx, { to: 'all', limitSeconds: 60, post: typed }, at),
      3,
    );
    const parsed = parseStatement(inject, REGISTRATION, trust);
    expect(parsed.ok && parsed.control.kind === 'injected' && parsed.control.fields.post).toEqual(
      typed,
    );
  });
});

describe('identityKey', () => {
  it('keys agents by their identifier and groups by their members, in any order', () => {
    expect(identityKey(ROOM_AUTHORITY)).toBe('account:https://replylab.example/lrs|room');
    expect(identityKey({ mbox: 'mailto:a@example.org', name: 'A' })).toBe(
      'mbox:mailto:a@example.org',
    );
    const a = { mbox: 'mailto:a@example.org' };
    const b = { account: { homePage: 'https://x.example', name: 'app' } };
    expect(identityKey({ objectType: 'Group', member: [a, b] })).toBe(
      identityKey({ objectType: 'Group', member: [b, a] }),
    );
    expect(identityKey({ name: 'nobody' })).toBeUndefined();
    expect(identityKey(null)).toBeUndefined();
  });
});
