import { createSubscriber } from 'svelte/reactivity';

/** The part of an XState actor this wrapper needs. */
export interface Subscribable<TSnapshot, TEvent> {
  getSnapshot(): TSnapshot;
  subscribe(observer: () => void): { unsubscribe(): void };
  send(event: TEvent): void;
}

/**
 * Makes an XState actor's snapshot reactive for Svelte 5: reading `snapshot` inside an effect
 * or a derived subscribes to the actor for as long as that reader lives, and nothing
 * subscribes when nobody reads.
 */
export class ActorState<TSnapshot, TEvent> {
  readonly #actor: Subscribable<TSnapshot, TEvent>;
  readonly #subscribe: () => void;

  constructor(actor: Subscribable<TSnapshot, TEvent>) {
    this.#actor = actor;
    this.#subscribe = createSubscriber((update) => {
      const subscription = actor.subscribe(update);
      return () => subscription.unsubscribe();
    });
  }

  get snapshot(): TSnapshot {
    this.#subscribe();
    return this.#actor.getSnapshot();
  }

  send(event: TEvent): void {
    this.#actor.send(event);
  }
}
