import { getContext, setContext } from 'svelte';
import type { Messages } from '../../lib/i18n';

/**
 * The simulator's UI strings reach its components through context, so each language's page
 * ships only its own strings (SimulatorDe / SimulatorEn import one language file each).
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
