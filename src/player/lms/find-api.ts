/**
 * The SCORM API object an LMS puts on a parent frame or the opener window (the ADL search
 * algorithm, bounded to ten levels so a cycle of frames cannot hang the player).
 */
export function findApi<T>(name: 'API' | 'API_1484_11'): T | null {
  let win: Window | null = window;
  for (let i = 0; i < 10 && win; i++) {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      if (api) return api as T;
    } catch {
      // A frame of another origin: not ours to search, keep walking up.
    }
    if (win.parent && win.parent !== win) win = win.parent;
    else if (win.opener) win = win.opener as Window;
    else break;
  }
  return null;
}
