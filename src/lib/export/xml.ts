/**
 * Escaping for XML and HTML text and attribute values. Every text from the course, the quiz bank
 * or a learner goes through these before it lands in an exported file, so no content can ever
 * become markup.
 */

/** Characters XML 1.0 forbids anywhere (control characters other than tab, LF, CR). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an XML/HTML element body or a double- or single-quoted attribute. */
export function esc(text: string | number): string {
  return String(text)
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** An XML identifier (NCName) derived from an id: letters, digits, hyphen, underscore, dot. */
export function ncName(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(clean) ? clean : `_${clean}`;
}

/** Text for a UTF-8 file: encoded bytes. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
