/**
 * The characters the certificate font covers (inclusive code point ranges): what a name may
 * hold and still print exactly as typed. scripts/certificate-font.ts cuts the font to these;
 * `printable` below tells the page whether a name fits before it builds a PDF.
 */
export const CERTIFICATE_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B (Turkish, Polish, Czech …)
  [0x0259, 0x0259], // ə (Azerbaijani)
  [0x02bb, 0x02bc], // ʻ ʼ (Hawaiian, Uzbek)
  [0x02c6, 0x02dd], // spacing accents
  [0x0300, 0x036f], // combining diacritical marks
  [0x0370, 0x03ff], // Greek and Coptic
  [0x0400, 0x052f], // Cyrillic and Cyrillic Supplement
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese …)
  [0x1f00, 0x1fff], // Greek Extended (polytonic)
  [0x2000, 0x206f], // General Punctuation (dashes, quotes, spaces)
  [0x20ac, 0x20ac], // €
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
];

/** Characters of `text` the certificate font cannot print (unique, in order). */
export function unprintable(text: string): string[] {
  const out: string[] = [];
  for (const ch of text.normalize('NFC')) {
    const c = ch.codePointAt(0)!;
    if (!CERTIFICATE_RANGES.some(([a, b]) => c >= a && c <= b) && !out.includes(ch)) out.push(ch);
  }
  return out;
}
