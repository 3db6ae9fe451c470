/**
 * Lesson links in a debrief leave the page; Back brings the trainee to the same debrief (its
 * address carries `?debrief=`). So they land where they were, the link they followed is noted
 * in the history entry, and the debrief puts focus back on it when it opens again.
 */
const KEY = 'replylabFocus';

/** Notes the element to return to in the current history entry (call on the link's click). */
export function rememberFocus(id: string): void {
  const state: unknown = history.state;
  const base = typeof state === 'object' && state !== null ? state : {};
  history.replaceState({ ...base, [KEY]: id }, '');
}

/** The element noted for this history entry, if it is on the page; the note is used once. */
export function rememberedElement(): HTMLElement | undefined {
  const state: unknown = history.state;
  if (typeof state !== 'object' || state === null || !(KEY in state)) return undefined;
  const id = (state as Record<string, unknown>)[KEY];
  const { [KEY]: _used, ...rest } = state as Record<string, unknown>;
  history.replaceState(rest, '');
  return typeof id === 'string' ? (document.getElementById(id) ?? undefined) : undefined;
}
