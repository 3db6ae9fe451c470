import { getContext, setContext } from 'svelte';
import type { Messages } from '../../lib/i18n';

/**
 * The simulator's UI strings reach its components through context. The page passes them to
 * SimulatorDe / SimulatorEn as a prop, so they travel in the HTML and not as JavaScript.
 */
export type SimMessages = Messages['sim'];

const KEY = Symbol('sim-messages');

export function provideSimMessages(messages: SimMessages): void {
  setContext(KEY, messages);
}

export function simMessages(): SimMessages {
  const messages = getContext<SimMessages | undefined>(KEY);
  if (!messages)
    throw new Error('Simulator components need SimulatorDe or SimulatorEn around them.');
  return messages;
}
