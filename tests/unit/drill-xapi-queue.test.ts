import { describe, expect, it } from 'vitest';
import { outboxKey, StatementQueue, type QueueStorage } from '../../src/lib/drill/xapi-queue';
import type { Statement } from '../../src/lib/drill/statements';

class MemoryStorage implements QueueStorage {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
}

/** Timers under the test's control: `run()` fires what is due. */
function manualTimers() {
  const timers: { fn: () => void; ms: number }[] = [];
  return {
    timers,
    setTimer: (fn: () => void, ms: number) => {
      const t = { fn, ms };
      timers.push(t);
      return t;
    },
    clearTimer: (h: unknown) => {
      const i = timers.indexOf(h as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
    async fire() {
      const t = timers.shift();
      t?.fn();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const st = (i: number): Statement => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
});
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('xAPI outbox', () => {
  it('stores before sending, sends in batches, keeps everything through an outage', async () => {
    const storage = new MemoryStorage();
    const received: Statement[] = [];
    let down = false;
    const timers = manualTimers();
    const queue = new StatementQueue({
      storage,
      key: outboxKey('http://127.0.0.1:8089/xAPI/'),
      batchSize: 2,
      random: () => 0.5,
      send: (batch) => {
        if (down) return Promise.reject(new Error('connection refused'));
        received.push(...batch);
        return Promise.resolve();
      },
      ...timers,
    });
    queue.enqueue(st(1), st(2), st(3));
    await queue.flush();
    expect(received.map((s) => s.id)).toEqual([st(1), st(2), st(3)].map((s) => s.id));
    expect(queue.state.pending).toBe(0);

    down = true;
    queue.enqueue(st(4));
    queue.enqueue(st(5));
    await queue.flush();
    expect(queue.state).toMatchObject({ pending: 2, lastError: 'connection refused' });
    expect(JSON.parse(storage.getItem(outboxKey('http://127.0.0.1:8089/xAPI/'))!)).toHaveLength(2);
    // Backoff doubles: 1 s, 2 s, 4 s … (jitter 0 with random 0.5).
    expect(timers.timers.map((t) => t.ms)).toEqual([queue.delayFor(queue.state.failures)]);
    await timers.fire();
    await tick();
    expect(queue.state.failures).toBeGreaterThan(1);

    down = false;
    await timers.fire();
    await queue.flush();
    expect(received.map((s) => s.id)).toEqual([1, 2, 3, 4, 5].map((i) => st(i).id));
    expect(queue.state).toEqual({ pending: 0, failures: 0, lastError: null });
  });

  it('a new queue on the same storage (a reload) sends what was left, each id once', async () => {
    const storage = new MemoryStorage();
    const key = outboxKey('x');
    const first = new StatementQueue({
      storage,
      key,
      send: () => Promise.reject(new Error('offline')),
      setTimer: () => 0,
      clearTimer: () => {},
    });
    first.enqueue(st(1), st(2));
    first.enqueue(st(2));
    await first.flush();
    const received: Statement[] = [];
    const second = new StatementQueue({
      storage,
      key,
      send: (b) => {
        received.push(...b);
        return Promise.resolve();
      },
    });
    await second.flush();
    expect(received.map((s) => s.id)).toEqual([st(1).id, st(2).id]);
  });

  it('backoff doubles up to the cap, with ±25 % jitter', () => {
    const q = (r: number) =>
      new StatementQueue({
        storage: new MemoryStorage(),
        key: 'k',
        send: async () => {},
        random: () => r,
        baseDelayMs: 1000,
        maxDelayMs: 8000,
      });
    expect([1, 2, 3, 4, 5].map((n) => q(0.5).delayFor(n))).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(q(0).delayFor(1)).toBe(750);
    expect(q(1).delayFor(1)).toBe(1250);
  });

  it('reads damaged storage as an empty queue', async () => {
    const storage = new MemoryStorage();
    storage.setItem('k', '{not json');
    const q = new StatementQueue({ storage, key: 'k', send: async () => {} });
    expect(q.state.pending).toBe(0);
    q.enqueue(st(1));
    await q.flush();
    expect(q.state.pending).toBe(0);
  });
});
