// pdf-lib's standard fonts (Helvetica) encode text as WinAnsi (Windows-1252) and throw on any
// other character. Names are free text, so the certificate maps what it can and replaces the rest.

/** The characters of Windows-1252 beyond Latin-1 (0x80-0x9F). */
const EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

const FALLBACKS: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ß: 'ß',
};

export function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || EXTRA.includes(ch);
}

/**
 * Text safe for Helvetica in pdf-lib: NFC-composed (so "ü" typed as u + combining diaeresis
 * becomes the WinAnsi "ü"), common look-alikes mapped, accents stripped where the base letter
 * exists, anything else replaced by "?".
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (isWinAnsi(ch)) out += ch;
    else if (FALLBACKS[ch]) out += FALLBACKS[ch];
    else if (/\s/.test(ch)) out += ' ';
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += base && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return out;
}
