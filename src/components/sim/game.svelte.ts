import type { Channel, Finding, Lang } from '../../lib/scoring/types';
import type { GameView } from '../../lib/sim-ui/view';

export type ScenarioData = { id: string };

/** One play of a scenario, as the simulator screen drives it. */
export interface Game {
  readonly view: GameView;
  reply(channel: Channel, reply: string, optionId?: string): void;
  wait(minutes: number): void;
  moderate(action: 'hide' | 'delete'): void;
  escalate(): void;
  advance(minutes: number): void;
  hints(draft: string): Finding[];
  persist(): Record<string, unknown>;
}

export function createGame(_scenario: ScenarioData, _lang: Lang): Game {
  throw new Error('not wired to the engine yet');
}

export function restoreGame(
  _scenario: ScenarioData,
  _lang: Lang,
  _snapshot: unknown,
): Game | undefined {
  return undefined;
}
