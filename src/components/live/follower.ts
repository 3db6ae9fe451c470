/**
 * A trainee's view of a live run (docs/live-drills.md): polls the run's controls with the room
 * key (which reads back nothing but the console's controls), replays them into the run's state
 * and gives the runner the running time, which stands still while the run is paused.
 *
 * Loaded by the runner only for a live link (dynamic import), so solo drills do not pay for it.
 */
import { connectLrs, type LrsClient } from '../../lib/drill/xapi-client';
import type { LrsTarget } from '../../lib/drill/plan';
import { registrationOf } from '../../lib/live/join-code';
import type { Invite } from '../../lib/live/link';
import { replay, runningNow, type RunState } from '../../lib/live/replay';
import { Poller } from './poller';

export { registrationOf };
export type { RunState };

/**
 * What this browser last knew of the running time, kept across a reload: the same machine's
 * wall clock bridges the reload (one clock measuring its own interval, never compared with
 * another machine's).
 */
export interface Anchor {
  /** The last control's id: the anchor holds only while no other control came in. */
  last: string;
  running: number;
  wall: number;
}

export interface FollowerOptions {
  lrs: LrsTarget;
  invite: Invite;
  registration: string;
  homePage: string;
  anchor: Anchor | undefined;
  /** The state after every change (new controls). */
  changed: (state: RunState) => void;
  /** Whether the last poll reached the LRS. */
  reachable: (ok: boolean) => void;
}

export class Follower {
  #o: FollowerOptions;
  #poller: Poller;
  #log = new Map<string, unknown>();
  #seenAt = 0;
  #anchor: Anchor | undefined;
  state: RunState | undefined;

  constructor(options: FollowerOptions) {
    this.#o = options;
    this.#anchor = options.anchor;
    let client: Promise<LrsClient> | undefined;
    this.#poller = new Poller({
      client: () =>
        (client ??= connectLrs({ endpoint: options.lrs.endpoint, auth: options.invite.room })),
      endpoint: options.lrs.endpoint,
      registration: options.registration,
      fresh: (statements) => this.#take(statements),
      status: (ok) => options.reachable(ok),
    });
  }

  start(): void {
    this.#poller.start();
  }

  stop(): void {
    this.#poller.stop();
  }

  #take(statements: unknown[]): void {
    for (const s of statements) {
      const id = String((s as { id?: unknown }).id).toLowerCase();
      if (!this.#log.has(id)) this.#log.set(id, s);
    }
    const { state } = replay([...this.#log.values()], this.#o.registration, {
      facilitator: { homePage: this.#o.homePage, id: this.#o.invite.facilitator },
    });
    if (
      state.last?.id === this.state?.last?.id &&
      state.injects.length === this.state?.injects.length
    )
      return;
    if (state.last?.id !== this.state?.last?.id) this.#seenAt = performance.now();
    this.state = state;
    this.#o.changed(state);
  }

  /** The run's running time now (ms): frozen while paused, exact at every control. */
  now(): number {
    const state = this.state;
    if (!state) return 0;
    const measured = runningNow(state, performance.now() - this.#seenAt);
    const a = this.#anchor;
    if (state.phase === 'running' && a && a.last === state.last?.id)
      return Math.max(measured, a.running + Math.max(0, Date.now() - a.wall));
    return measured;
  }

  /** The anchor to keep for a reload. */
  anchor(): Anchor | undefined {
    const last = this.state?.last?.id;
    return last ? { last, running: this.now(), wall: Date.now() } : undefined;
  }
}
