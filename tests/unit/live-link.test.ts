import { describe, expect, it } from 'vitest';
import { encodeFragment } from '../../src/lib/drill/link';
import type { DrillPlan } from '../../src/lib/drill/plan';
import { decodeLive, liveLink } from '../../src/lib/live/link';
import { fixturePlan } from '../fixtures/drill/runs';

const plan: DrillPlan = {
  ...fixturePlan,
  lrs: { endpoint: 'http://127.0.0.1:8089/xAPI/', auth: 'Basic d3JpdGVyOnc=' },
};
// "room:r" in base64 is cm9vbTpy
const inv = { room: 'Basic cm9vbTpy', facilitator: 'facil1tatorX', code: 'ABC234' };

describe('live drill link', () => {
  it('is the drill link with the invite after "~L1." (base64url JSON, written out by hand)', () => {
    const link = liveLink('https://replylab.example/', plan, inv);
    // {"room":"Basic cm9vbTpy","facilitator":"facil1tatorX","code":"ABC234"}
    const json = '{"room":"Basic cm9vbTpy","facilitator":"facil1tatorX","code":"ABC234"}';
    const b64 = Buffer.from(json).toString('base64url');
    expect(link).toBe(`https://replylab.example/en/drill/#${encodeFragment(plan)}~L1.${b64}`);
  });

  it('reads back the plan and the invite; a plain drill link is solo', () => {
    const link = liveLink('https://replylab.example', plan, inv);
    const decoded = decodeLive(new URL(link).hash);
    expect(decoded.kind).toBe('live');
    if (decoded.kind !== 'live') return;
    expect(decoded.invite).toEqual(inv);
    expect(decoded.link).toEqual({ ok: true, plan });
    const solo = decodeLive(`#${encodeFragment(plan)}`);
    expect(solo).toEqual({ kind: 'solo', link: { ok: true, plan } });
  });

  it('the join code is optional: the trainee types it', () => {
    const { code: _c, ...rest } = inv;
    const decoded = decodeLive(new URL(liveLink('https://x.example', plan, rest)).hash);
    expect(decoded.kind === 'live' && decoded.invite).toEqual(rest);
  });

  it('refuses a damaged invite, another version, or extra fields (no trainer key)', () => {
    const fragment = `#${encodeFragment(plan)}`;
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    expect(decodeLive(`${fragment}~L1.%%%`).kind).toBe('damaged');
    expect(decodeLive(`${fragment}~L2.${enc(inv)}`).kind).toBe('damaged');
    expect(decodeLive(`${fragment}~L1.${enc({ ...inv, trainer: 'Basic eDp5' })}`).kind).toBe(
      'damaged',
    );
    expect(decodeLive(`${fragment}~L1.${enc({ ...inv, code: 'abc234' })}`).kind).toBe('damaged');
    expect(decodeLive(`${fragment}~L1.${enc({ ...inv, room: 'Bearer x' })}`).kind).toBe('damaged');
    // A live link for a plan without an LRS cannot work: trainees would have nowhere to write.
    const noLrs = `#${encodeFragment(fixturePlan)}~L1.${enc(inv)}`;
    expect(decodeLive(noLrs).kind).toBe('damaged');
    expect(() => liveLink('https://x.example', fixturePlan, inv)).toThrow();
  });
});
