/**
 * What the scenario page must know before the play's code has loaded (Simulator.svelte):
 * whether the page opens on a play at once — a past debrief the address asks for, a game in
 * progress in this browser, or one the LMS kept — or on the setup form, where the play can
 * wait until the trainee turns to it.
 */
import { attempts } from '../../stores/attempts';

/** The query parameter that reopens a past debrief: `?debrief=<date the attempt ended>`. */
export const DEBRIEF_PARAM = 'debrief';

export function opensOnPlay(search: string, scenarioId: string, kept: boolean): boolean {
  const stored = attempts.get();
  return (
    kept ||
    stored.recovered ||
    new URLSearchParams(search).has(DEBRIEF_PARAM) ||
    stored.scenarios[scenarioId]?.inProgress !== undefined
  );
}
