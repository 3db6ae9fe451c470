/**
 * Polls a live run's log in the browser (docs/live-drills.md, "Polling"): the pure cursor of
 * src/lib/live/cursor.ts driven by timers. Every 1.5–2 s while the tab is visible; backing off
 * while it is hidden or the LRS fails; at once when the tab becomes visible again or the
 * browser comes back online. The trainee (room key) and the console (trainer key) both use it.
 */
import type { LrsClient } from '../../lib/drill/xapi-client';
import { ingest, initialCursor, nextRequest, pollDelay, restartRound } from '../../lib/live/cursor';

export interface PollerOptions {
  client: () => Promise<LrsClient>;
  endpoint: string;
  registration: string;
  /** New statements of a round (deduplicated by id), once the round is over. */
  fresh: (statements: unknown[]) => void;
  /** After every round: whether it reached the LRS, and how long it took (ms). */
  status: (ok: boolean, ms: number) => void;
}

export class Poller {
  #o: PollerOptions;
  #cursor = initialCursor();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;
  #hiddenPolls = 0;
  #running = false;
  #busy = false;
  #stopped = false;

  constructor(options: PollerOptions) {
    this.#o = options;
  }

  #now = () => {
    this.#schedule(0);
  };

  start(): void {
    document.addEventListener('visibilitychange', this.#visible);
    addEventListener('online', this.#now);
    this.#running = true;
    this.#schedule(0);
  }

  stop(): void {
    this.#stopped = true;
    this.#running = false;
    clearTimeout(this.#timer);
    document.removeEventListener('visibilitychange', this.#visible);
    removeEventListener('online', this.#now);
  }

  /** Polls now (e.g. right after sending a control), unless a round is under way. */
  poke(): void {
    if (this.#running) this.#schedule(0);
  }

  #visible = () => {
    if (document.visibilityState === 'visible') {
      this.#hiddenPolls = 0;
      this.#schedule(0);
    }
  };

  #schedule(ms: number) {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#round(), ms);
  }

  async #round(): Promise<void> {
    if (this.#busy || this.#stopped) return;
    this.#busy = true;
    const began = performance.now();
    const fresh: unknown[] = [];
    let ok = true;
    try {
      const client = await this.#o.client();
      for (let pages = 0; pages < 200; pages++) {
        const request = nextRequest(this.#cursor, {
          endpoint: this.#o.endpoint,
          registration: this.#o.registration,
        });
        let page;
        try {
          page = await client.page(request);
        } catch (error) {
          // An expired "more" page starts the round again; any other failure ends it.
          if (request.kind === 'more' && (error as { status?: number }).status !== 0) {
            this.#cursor = restartRound(this.#cursor);
            continue;
          }
          throw error;
        }
        const out = ingest(this.#cursor, page);
        this.#cursor = out.cursor;
        fresh.push(...out.fresh);
        if (out.done) break;
      }
      this.#failures = 0;
    } catch {
      ok = false;
      this.#failures++;
    } finally {
      this.#busy = false;
    }
    if (this.#stopped) return;
    if (fresh.length) this.#o.fresh(fresh);
    this.#o.status(ok, performance.now() - began);
    const hidden = document.visibilityState === 'hidden';
    this.#hiddenPolls = hidden ? this.#hiddenPolls + 1 : 0;
    this.#schedule(
      pollDelay(
        { hidden, hiddenPolls: this.#hiddenPolls - 1, failures: this.#failures },
        Math.random(),
      ),
    );
  }
}
