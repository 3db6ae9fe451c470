/**
 * The live protocol against a real LRS: the classroom LRS (`npm run lrs`, Learning Locker's
 * statements service in memory) started by this test on 127.0.0.1 and stopped after it.
 * Controls are posted through the drills' xAPI client and read back through the live cursor;
 * what comes back is replayed. Nothing is stubbed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectLrs, LrsError, type LrsClient } from '../../src/lib/drill/xapi-client';
import { lifecycleStatement } from '../../src/lib/drill/statements';
import { ingest, initialCursor, nextRequest, type Cursor } from '../../src/lib/live/cursor';
import { registrationOf } from '../../src/lib/live/join-code';
import { controlStatement, type LiveContext } from '../../src/lib/live/protocol';
import { replay } from '../../src/lib/live/replay';
import { fixturePlan } from '../fixtures/drill/runs';

const WRITER = 'writer-live:writer-secret';
const ROOM = 'room-live:room-secret';
const TRAINER = 'trainer-live:trainer-secret';
const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let lrs: ChildProcess | undefined;
let endpoint = '';

beforeAll(async () => {
  const port = await freePort();
  endpoint = `http://127.0.0.1:${port}/xAPI/`;
  const child = spawn(
    'npx',
    [
      'tsx',
      'scripts/lrs.ts',
      '--port',
      String(port),
      '--writer',
      WRITER,
      '--room',
      ROOM,
      '--reader',
      TRAINER,
      '--quiet',
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  lrs = child;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the LRS did not start in 90 s')), 90_000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('LRS ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`the LRS exited with ${code}`)));
  });
}, 100_000);

afterAll(() => {
  // The LRS runs in its own process group (detached): stop the group this test started.
  if (lrs?.pid) process.kill(-lrs.pid, 'SIGTERM');
});

const client = (key: string) => connectLrs({ endpoint, auth: basic(key) });

/** Polls until a round ends (following `more`), as a trainee or the console would. */
async function round(lrsClient: LrsClient, cursor: Cursor, registration: string, limit?: number) {
  const fresh: unknown[] = [];
  let pages = 0;
  for (;;) {
    const page = await lrsClient.page(
      nextRequest(cursor, { endpoint, registration, ...(limit ? { limit } : {}) }),
    );
    pages++;
    const out = ingest(cursor, page);
    cursor = out.cursor;
    fresh.push(...out.fresh);
    if (out.done) return { cursor, fresh, pages };
  }
}

let seq = 0;
const newId = () =>
  `0000${String(++seq).padStart(4, '0')}-0000-4000-8000-${Date.now().toString().padStart(12, '0').slice(-12)}`;
const at = () => ({ id: newId(), timestamp: new Date().toISOString() });
const idOf = (s: unknown) => (s as { id: string }).id;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function liveRun(code: string): Promise<LiveContext> {
  return {
    drill: { id: fixturePlan.id, hash: 'c'.repeat(64) },
    registration: await registrationOf(fixturePlan.id, code),
    facilitator: { homePage: 'https://replylab.example', id: 'facilitator01', name: 'Frau Weber' },
  };
}
const trustFor = (ctx: LiveContext) => ({
  facilitator: { homePage: ctx.facilitator.homePage, id: ctx.facilitator.id },
  authority: 'account:https://replylab.example/lrs|room',
});

describe('live protocol on the classroom LRS', () => {
  it('the room key reads back the controls only, in stored order, page by page', async () => {
    const ctx = await liveRun('ABC234');
    const room = await client(ROOM);
    const writer = await client(WRITER);
    const controls = [
      controlStatement('opened', ctx, { code: 'ABC234' }, at()),
      controlStatement('started', ctx, {}, at()),
      controlStatement(
        'injected',
        ctx,
        {
          to: 'all',
          limitSeconds: 60,
          post: { source: 'scripted', scenario: 'parcel-late', beat: 'post' },
        },
        at(),
      ),
      controlStatement('paused', ctx, {}, at()),
      controlStatement('resumed', ctx, {}, at()),
    ];
    const trainee = lifecycleStatement(
      'initialized',
      {
        plan: fixturePlan,
        drillHash: 'c'.repeat(64),
        run: '11111111-1111-4111-8111-111111111111',
        registration: ctx.registration,
        trainee: { name: 'Ben', kind: 'pseudonym' },
        homePage: 'https://replylab.example',
      },
      at(),
    );
    // One at a time, a little apart, so stored follows the order of sending.
    for (const [i, statement] of controls.entries()) {
      await room.send([statement]);
      if (i === 1) await writer.send([trainee]);
      await sleep(30);
    }

    const first = await round(room, initialCursor(), ctx.registration, 2);
    expect(first.pages).toBe(3); // 5 controls, 2 per page
    expect(first.fresh.map(idOf)).toEqual(controls.map((c) => c.id));
    const storedTimes = first.fresh.map((s) => Date.parse((s as { stored: string }).stored));
    expect([...storedTimes].sort((a, b) => a - b)).toEqual(storedTimes);
    for (const s of first.fresh)
      expect((s as { authority: unknown }).authority).toMatchObject({
        account: { homePage: 'https://replylab.example/lrs', name: 'room' },
      });

    const { state, setAside } = replay(first.fresh, ctx.registration, trustFor(ctx));
    expect(setAside).toEqual([]);
    expect(state.phase).toBe('running');
    expect(state.code).toBe('ABC234');
    expect(state.injects.map((i) => i.id)).toEqual([controls[2]!.id]);
    // Running time: started → paused on the LRS's clock, then resumed.
    expect(state.intervals).toHaveLength(2);
    expect(state.intervals[0]!.to! - state.intervals[0]!.from).toBe(
      storedTimes[3]! - storedTimes[1]!,
    );

    // A second round: the rewind returns old statements again; only the new control is fresh.
    const ended = controlStatement('ended', ctx, {}, at());
    await room.send([ended]);
    const second = await round(room, first.cursor, ctx.registration, 2);
    expect(second.fresh.map(idOf)).toEqual([ended.id]);
    expect(
      replay([...first.fresh, ...second.fresh], ctx.registration, trustFor(ctx)).state.phase,
    ).toBe('ended');

    // The trainer key sees the trainee too; the writer key reads nothing.
    const trainer = await client(TRAINER);
    const all = await round(trainer, initialCursor(), ctx.registration);
    expect(all.fresh.map(idOf).sort()).toEqual(
      [...controls, trainee, ended].map((s) => s.id as string).sort(),
    );
    const denied = await writer
      .page(nextRequest(initialCursor(), { endpoint, registration: ctx.registration }))
      .catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(LrsError);
    expect((denied as LrsError).status).toBe(403);
  }, 60_000);

  it('a control forged with the writer key is set aside; a resend is stored once', async () => {
    const ctx = await liveRun('XYZ789');
    const room = await client(ROOM);
    const writer = await client(WRITER);
    const trainer = await client(TRAINER);
    const opened = controlStatement('opened', ctx, { code: 'XYZ789' }, at());
    const forged = controlStatement('ended', ctx, {}, at());
    await room.send([opened]);
    await room.send([opened]); // the outbox resending after a lost answer
    await writer.send([forged]);
    const all = await round(trainer, initialCursor(), ctx.registration);
    expect(all.fresh.map(idOf)).toEqual([opened.id, forged.id]);
    const { state, setAside } = replay(all.fresh, ctx.registration, trustFor(ctx));
    expect(state.phase).toBe('lobby');
    expect(setAside).toEqual([{ id: forged.id, reason: 'foreign' }]);
  }, 60_000);

  it('two consoles pausing at once: every reader ends in the same state', async () => {
    const ctx = await liveRun('KMN456');
    const consoleA = await client(ROOM);
    const consoleB = await client(ROOM);
    await consoleA.send([controlStatement('opened', ctx, { code: 'KMN456' }, at())]);
    await consoleA.send([controlStatement('started', ctx, {}, at())]);
    await sleep(30);
    const pauseA = controlStatement('paused', ctx, {}, at());
    const pauseB = controlStatement('paused', ctx, {}, at());
    const resumeB = controlStatement('resumed', ctx, {}, at());
    await Promise.all([consoleA.send([pauseA]), consoleB.send([pauseB])]);
    await consoleB.send([resumeB]);

    const trainee1 = await round(await client(ROOM), initialCursor(), ctx.registration, 1);
    const trainee2 = await round(await client(ROOM), initialCursor(), ctx.registration);
    const a = replay(trainee1.fresh, ctx.registration, trustFor(ctx)).state;
    const b = replay([...trainee2.fresh].reverse(), ctx.registration, trustFor(ctx)).state;
    expect(a).toEqual(b);
    expect(a.phase).toBe('running');
    expect(a.intervals).toHaveLength(2);
    // One pause won, the other is listed as ignored, whichever the LRS stored first.
    expect(a.ignored).toHaveLength(1);
    expect(a.ignored[0]).toMatchObject({ kind: 'paused', reason: 'phase', phase: 'paused' });
    expect([pauseA.id, pauseB.id]).toContain(a.ignored[0]!.id);
  }, 60_000);
});
