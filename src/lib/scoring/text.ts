/**
 * Tokenising a reply while keeping UTF-16 positions into the original text, so findings
 * can point at the words they quote. One regex pass, no Intl, no copies of the text:
 * zero-width and bidi control characters are allowed inside a word and dropped from the
 * token's text only, so "Ent\u200Bschuldigung" still reads as one word at its real position.
 */

/** Zero-width, soft hyphen and bidi controls: invisible, never a word boundary. */
const INVISIBLE = '\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const INVISIBLE_RE = new RegExp(`[${INVISIBLE}]`, 'gu');
const WORD = `[\\p{L}\\p{N}\\p{M}${INVISIBLE}]`;

/**
 * A token is an @handle, a URL, an e-mail address, a word (with inner apostrophes, so
 * "can't" stays one token), an emoji, or one of the punctuation marks that end a sentence
 * or a clause. Anything else (spaces, quotes, brackets) only separates tokens.
 */
const TOKEN_RE = new RegExp(
  [
    `(?<url>(?:https?:\\/\\/|www\\.)[^\\s<>"„“”]+)`,
    `(?<mail>[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,})`,
    `(?<handle>@[\\p{L}\\p{N}_.]+)`,
    `(?<word>${WORD}+(?:['’]${WORD}+)*)`,
    `(?<emoji>\\p{Extended_Pictographic})`,
    `(?<stop>[.!?…]+|\\n\\s*\\n?)`,
    `(?<comma>[,;:–—]| - )`,
  ].join('|'),
  'gu',
);

export type TokenKind = 'word' | 'url' | 'mail' | 'handle' | 'emoji';

export interface Token {
  /** Lower-cased text without invisible characters; apostrophes normalised to '. */
  norm: string;
  /** The word as written (for capitals checks), invisible characters removed. */
  raw: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Sentence number (split at . ! ? … and blank lines). */
  sentence: number;
  /** Clause number (additionally split at , ; : and dashes). */
  clause: number;
  /** First token of its sentence. */
  sentenceStart: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token and one past the last token. */
  from: number;
  to: number;
  /** The mark that ended it, e.g. "?!" ("" at the end of the text). */
  mark: string;
}

export interface TextInfo {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Number of word tokens. */
  words: number;
}

export function tokenize(text: string): TextInfo {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let clause = 0;
  let sentenceFrom = 0;
  let sentenceStartOffset = -1;
  let words = 0;
  let atStart = true;
  const hasMarks = /[\u0300-\u036f]/.test(text);
  const closeSentence = (mark: string, end: number) => {
    if (tokens.length > sentenceFrom) {
      sentences.push({
        start: sentenceStartOffset,
        end,
        from: sentenceFrom,
        to: tokens.length,
        mark,
      });
      sentence++;
      clause++;
      sentenceFrom = tokens.length;
    }
    atStart = true;
  };
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (g.stop !== undefined) {
      closeSentence(g.stop.trim(), end);
      continue;
    }
    if (g.comma !== undefined) {
      clause++;
      continue;
    }
    const kind: TokenKind = g.url
      ? 'url'
      : g.mail
        ? 'mail'
        : g.handle
          ? 'handle'
          : g.word
            ? 'word'
            : 'emoji';
    let raw = m[0];
    if (kind === 'word') {
      raw = raw.replace(INVISIBLE_RE, '').replace(/’/g, "'");
      if (hasMarks) raw = raw.normalize('NFC');
      words++;
    }
    if (atStart) sentenceStartOffset = start;
    tokens.push({
      norm: raw.toLowerCase(),
      raw,
      kind,
      start,
      end,
      sentence,
      clause,
      sentenceStart: atStart,
    });
    atStart = false;
    // An emoji closes a thought like a comma: "Oh no 😢 so sorry" is not a negated apology.
    if (kind === 'emoji') clause++;
  }
  closeSentence('', text.length);
  return { text, tokens, sentences, words };
}

/** A quote of the text between two offsets, shortened for a message. */
export function excerpt(text: string, start: number, end: number, max = 60): string {
  const s = text.slice(start, end).replace(INVISIBLE_RE, '').replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
