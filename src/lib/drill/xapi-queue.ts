/**
 * A persistent outbox for xAPI statements: every statement is written to storage before any
 * attempt to send it, removed only after the LRS accepted it, and retried with exponential
 * backoff (with jitter) while the LRS or the network is down. An outage, a closed tab or a
 * reload loses nothing: the next queue on the same storage key sends what is left.
 *
 * Storage and sending are injected (localStorage and @xapi/xapi in the browser, a Map and a
 * fake in tests), so this module stays free of the DOM. Statements carry their own UUIDs, so a
 * batch that reached the LRS but whose answer was lost is harmless when sent again: the LRS
 * stores one statement per id (xAPI 1.0.3, 2.2.1) and answers 409 only for a different
 * statement with the same id, which the sender treats as "already there".
 *
 * Stored under "replylab:xapi-outbox:v1:<endpoint>" as JSON: an array of statements, oldest
 * first. Damaged storage is read as an empty queue (nothing sendable could be recovered).
 */
import type { Statement } from './statements';

export interface QueueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Sends a batch; resolves when the LRS accepted all of it, rejects otherwise. */
export type SendBatch = (statements: Statement[]) => Promise<void>;

export interface QueueOptions {
  storage: QueueStorage;
  key: string;
  send: SendBatch;
  /** First retry delay in ms (doubles per failure up to `maxDelayMs`). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Statements per request. */
  batchSize?: number;
  /** Injected for tests. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  random?: () => number;
  /** Told after every change: pending statements and the last error (null when all is sent). */
  onChange?: (state: QueueState) => void;
}

export interface QueueState {
  pending: number;
  failures: number;
  lastError: string | null;
}

export const outboxKey = (endpoint: string) => `replylab:xapi-outbox:v1:${endpoint}`;

export class StatementQueue {
  #o: Required<Omit<QueueOptions, 'onChange'>> & Pick<QueueOptions, 'onChange'>;
  #failures = 0;
  #lastError: string | null = null;
  #timer: unknown = null;
  #flushing: Promise<void> | null = null;

  constructor(options: QueueOptions) {
    this.#o = {
      baseDelayMs: 1000,
      maxDelayMs: 60_000,
      batchSize: 25,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      random: Math.random,
      ...options,
    };
  }

  #read(): Statement[] {
    try {
      const value: unknown = JSON.parse(this.#o.storage.getItem(this.#o.key) ?? '[]');
      return Array.isArray(value)
        ? value.filter((s): s is Statement => typeof s === 'object' && s !== null && 'id' in s)
        : [];
    } catch {
      return [];
    }
  }

  #write(statements: Statement[]) {
    this.#o.storage.setItem(this.#o.key, JSON.stringify(statements));
  }

  get state(): QueueState {
    return { pending: this.#read().length, failures: this.#failures, lastError: this.#lastError };
  }

  #changed() {
    this.#o.onChange?.(this.state);
  }

  /** Stores the statements, then tries to send them. Resolves once stored (not sent). */
  enqueue(...statements: Statement[]): void {
    const queue = this.#read();
    const known = new Set(queue.map((s) => s.id));
    this.#write([...queue, ...statements.filter((s) => !known.has(s.id))]);
    this.#changed();
    void this.flush();
  }

  /**
   * Sends everything pending, oldest first, batch by batch. On a failure it stops, keeps the
   * rest and schedules a retry after the backoff; concurrent calls share one flush.
   */
  flush(): Promise<void> {
    this.#flushing ??= this.#flush().finally(() => (this.#flushing = null));
    return this.#flushing;
  }

  async #flush(): Promise<void> {
    if (this.#timer !== null) {
      this.#o.clearTimer(this.#timer);
      this.#timer = null;
    }
    for (;;) {
      const queue = this.#read();
      if (queue.length === 0) break;
      const batch = queue.slice(0, this.#o.batchSize);
      try {
        await this.#o.send(batch);
      } catch (error) {
        this.#failures += 1;
        this.#lastError = error instanceof Error ? error.message : String(error);
        this.#changed();
        this.#schedule();
        return;
      }
      // Re-read: statements may have been enqueued while the batch was in flight.
      const sent = new Set(batch.map((s) => s.id));
      this.#write(this.#read().filter((s) => !sent.has(s.id)));
      this.#failures = 0;
      this.#lastError = null;
      this.#changed();
    }
  }

  /** The delay before retry number `failures` (1, 2, …): doubling, capped, ±25 % jitter. */
  delayFor(failures: number): number {
    const base = Math.min(this.#o.maxDelayMs, this.#o.baseDelayMs * 2 ** Math.max(0, failures - 1));
    return Math.round(base * (0.75 + this.#o.random() * 0.5));
  }

  #schedule() {
    this.#timer = this.#o.setTimer(() => {
      this.#timer = null;
      void this.flush();
    }, this.delayFor(this.#failures));
  }

  /** Stops a scheduled retry (the statements stay stored). */
  stop(): void {
    if (this.#timer !== null) this.#o.clearTimer(this.#timer);
    this.#timer = null;
  }
}
