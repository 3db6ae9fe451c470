/**
 * Generated avatars: the initials of a name on one of a few background colours picked by a
 * hash of the handle (or name), so the same person always looks the same and no picture or
 * brand asset is needed.
 */

/** Number of avatar colours (tokens --avatar-0 … --avatar-5). */
export const AVATAR_COLOURS = 6;

/** Up to two initials: first and last word of the name ("Jana Becker" → "JB", "mod" → "M"). */
export function initials(name: string): string {
  const words = name
    .replace(/^@/, '')
    .split(/[\s._-]+/)
    .map((w) => /\p{L}|\p{N}/u.exec(w)?.[0] ?? '')
    .filter((c) => c !== '');
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words.at(-1) ?? '') : '';
  return (first + last).toUpperCase() || '?';
}

/** The avatar colour index for a person, stable across plays. */
export function avatarColour(key: string): number {
  let h = 0;
  for (const ch of key) h = (Math.imul(h, 31) + (ch.codePointAt(0) ?? 0)) >>> 0;
  return h % AVATAR_COLOURS;
}
