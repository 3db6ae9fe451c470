/**
 * How long a reply may be, and how its length is counted, per platform. X allows 280 characters
 * in a public post and counts the way X's own counter does (twitter-text, v3 settings): most
 * Latin, Greek, Cyrillic and general punctuation count 1, other characters (CJK, emoji …) 2,
 * and every web address 23. Everywhere else (and in private messages) the limit is generous;
 * the scorer itself reads at most 8,000 characters.
 */

/** X's limit for a public post. */
export const X_LIMIT = 280;
/** The limit on other platforms and in private channels: long enough for any good reply. */
export const GENEROUS_LIMIT = 2000;
/** The most the reply box takes at all (the scorer reads at most 8,000 characters). */
export const HARD_LIMIT = 8000;

/** The limit for a reply on `platform` sent on `channel`. */
export function lengthLimit(platform: string, channel: string): number {
  return platform === 'x' && channel === 'public' ? X_LIMIT : GENEROUS_LIMIT;
}

/** Code point ranges X counts as one character (twitter-text config v3). */
const LIGHT: readonly [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const URL_WEIGHT = 23;
const URL =
  /\bhttps?:\/\/[^\s]+|\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|de|org|net|io|eu|info|example)(?:\/[^\s]*)?/gi;

const light = (cp: number) => LIGHT.some(([a, b]) => cp >= a && cp <= b);

/** Splits into user-perceived characters where the browser can (an emoji sequence is one). */
function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl)
    return Array.from(
      new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
      (s) => s.segment,
    );
  return [...text];
}

function weigh(text: string): number {
  let n = 0;
  for (const g of graphemes(text)) {
    const cps = [...g].map((c) => c.codePointAt(0) ?? 0);
    // A letter with combining marks counts per code point, like X; an emoji sequence counts 2.
    n += cps.every(light) ? cps.length : 2;
  }
  return n;
}

/** A reply's length as `platform` counts it: X's weighting on X, code points elsewhere. */
export function replyLength(text: string, platform: string): number {
  if (platform !== 'x') return [...text].length;
  text = text.normalize('NFC');
  let n = 0;
  let last = 0;
  for (const m of text.matchAll(URL)) {
    n += weigh(text.slice(last, m.index)) + URL_WEIGHT;
    last = m.index + m[0].length;
  }
  return n + weigh(text.slice(last));
}
