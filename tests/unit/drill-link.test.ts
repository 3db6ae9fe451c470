import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeFragment, drillLink, encodeFragment } from '../../src/lib/drill/link';
import { drillFileJson, readDrillFile } from '../../src/lib/drill/file';
import { defaultPlan, drillHash, drillPlan, newDrillId } from '../../src/lib/drill/plan';
import { fullPlan } from '../fixtures/drill/plans';

const b64url = (bytes: Uint8Array) =>
  Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('drill plan', () => {
  it('accepts the full fixture and a default plan once it has a name and a scenario', () => {
    expect(drillPlan.safeParse(fullPlan()).success).toBe(true);
    const plan = {
      ...defaultPlan(newDrillId(), 'en'),
      name: 'Morning',
      scenarios: ['praise-facebook'],
    };
    expect(drillPlan.safeParse(plan).success).toBe(true);
  });

  it('makes 12-character ids from the URL-safe alphabet', () => {
    expect(newDrillId()).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(newDrillId()).not.toBe(newDrillId());
  });

  it('hashes the plan without its LRS part, independent of field order', async () => {
    const plan = fullPlan();
    const { lrs: _lrs, ...bare } = plan;
    const reordered = Object.fromEntries(Object.entries(plan).reverse()) as typeof plan;
    expect(await drillHash(plan)).toBe(await drillHash(bare));
    expect(await drillHash(reordered)).toBe(await drillHash(plan));
    expect(await drillHash({ ...plan, decisionSeconds: 60 })).not.toBe(await drillHash(plan));
    expect(await drillHash(plan)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('drill link codec', () => {
  it('round-trips a plan through the fragment and the full link', () => {
    const plan = fullPlan();
    expect(decodeFragment(encodeFragment(plan))).toEqual({ ok: true, plan });
    const link = drillLink('https://replylab.example/', plan);
    expect(link.startsWith('https://replylab.example/de/drill/#d1.')).toBe(true);
    expect(decodeFragment(link)).toEqual({ ok: true, plan });
  });

  it('round-trips any valid plan (property)', () => {
    const name = fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(name, fc.integer({ min: 15, max: 900 }), fc.boolean(), (n, seconds, inbox) => {
        const plan = fullPlan({
          name: n,
          decisionSeconds: seconds,
          order: inbox ? 'inbox' : 'sequence',
        });
        expect(decodeFragment(encodeFragment(plan))).toEqual({ ok: true, plan });
      }),
      { numRuns: 50 },
    );
  });

  it('refuses to encode an invalid plan', () => {
    expect(() => encodeFragment(fullPlan({ scenarios: [] }))).toThrow();
  });

  it('reports a missing, outdated or newer link', () => {
    expect(decodeFragment('')).toMatchObject({ ok: false, problem: 'missing' });
    expect(decodeFragment('https://x.example/de/drill/')).toMatchObject({
      ok: false,
      problem: 'missing',
    });
    expect(decodeFragment('#d0.abc')).toMatchObject({ ok: false, problem: 'outdated' });
    expect(decodeFragment('#d2.abc')).toMatchObject({ ok: false, problem: 'newer' });
  });

  it('reports a truncated or altered link as damaged (checksum)', () => {
    const fragment = encodeFragment(fullPlan());
    expect(decodeFragment(fragment.slice(0, -5))).toMatchObject({ ok: false, problem: 'damaged' });
    const i = fragment.length - 20;
    const flipped =
      fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1);
    expect(decodeFragment(flipped)).toMatchObject({ ok: false, problem: 'damaged' });
    expect(decodeFragment('d1.not*base64')).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('reports every one-character change in the payload as damaged, not as another plan', () => {
    // fflate's unzlibSync skips the Adler-32 check; a flip that still inflates must not pass.
    // The last character is left out: in base64 its low bits can be padding, changing nothing.
    const fragment = encodeFragment(fullPlan());
    const start = 'd1.'.length;
    const notDamaged: string[] = [];
    for (let i = start; i < fragment.length - 1; i++) {
      for (const c of ['A', 'x', '-']) {
        if (fragment[i] === c) continue;
        const changed = fragment.slice(0, i) + c + fragment.slice(i + 1);
        const decoded = decodeFragment(changed);
        if (decoded.ok || decoded.problem !== 'damaged') notDamaged.push(`${i}:${c}`);
      }
    }
    expect(notDamaged).toEqual([]);
    // ~2,500 decodes take ~4 s alone, more beside a build: a generous limit, not a timing test.
  }, 60_000);

  it('reports a readable plan that breaks the schema with the place and the reason', () => {
    const bad = { ...fullPlan(), decisionSeconds: 5, scenarios: ['A b'], extra: 1 };
    const fragment = `d1.${b64url(zlibSync(new TextEncoder().encode(JSON.stringify(bad))))}`;
    const decoded = decodeFragment(fragment);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.problem).toBe('invalid');
    expect(decoded.details).toMatchInlineSnapshot(`
      [
        "scenarios.0: use a scenario id: lower-case words joined by "-"",
        "decisionSeconds: must be at least 15",
        "(top): unknown field extra",
      ]
    `);
  });

  it('refuses coaching hints in choice mode and an LRS key that is not Basic', () => {
    const r = drillPlan.safeParse(fullPlan({ input: 'choice', hints: true }));
    expect(r.success).toBe(false);
    const l = drillPlan.safeParse(fullPlan({ lrs: { endpoint: 'ftp://x', auth: 'Bearer abc' } }));
    expect(l.success).toBe(false);
  });
});

describe('drill file', () => {
  it('round-trips and refuses other files with a reason', () => {
    const plan = fullPlan();
    const text = drillFileJson(plan, new Date('2026-12-01T09:00:00Z'));
    expect(readDrillFile(text)).toEqual({ ok: true, plan });
    expect(readDrillFile('{')).toMatchObject({ ok: false, problem: 'malformed' });
    expect(readDrillFile('{"format":"replylab-drill-results"}')).toMatchObject({
      ok: false,
      problem: 'not-a-drill',
    });
    expect(readDrillFile(text.replace('"v": 1', '"v": 0'))).toMatchObject({
      ok: false,
      problem: 'outdated',
    });
    const broken = JSON.parse(text) as { plan: { name: string } };
    broken.plan.name = '';
    expect(readDrillFile(JSON.stringify(broken))).toMatchObject({ ok: false, problem: 'invalid' });
  });
});
