/**
 * Tokenising a reply while keeping UTF-16 positions into the original text, so findings
 * can point at the words they quote. One regex pass, no Intl, no copies of the text:
 * zero-width and bidi control characters are allowed inside a word and dropped from the
 * token's text only, so "Ent\u200Bschuldigung" still reads as one word at its real position.
 */
import type { Quote } from './types';

/** Zero-width, soft hyphen and bidi controls: invisible, never a word boundary. */
const INVISIBLE = '\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const INVISIBLE_RE = new RegExp(`[${INVISIBLE}]`, 'gu');
const INVISIBLE_TEST = new RegExp(`[${INVISIBLE}]`, 'u');
const WORD = `[\\p{L}\\p{N}\\p{M}${INVISIBLE}]`;

/**
 * A token is an @handle, a URL, an e-mail address, a word (with inner apostrophes, so
 * "can't" stays one token), an emoji, or one of the punctuation marks that end a sentence
 * or a clause. Anything else (spaces, quotes, brackets) only separates tokens.
 */
const URL_CHARS = `[^\\s<>"„“”]`;
/**
 * A bare address is a link too ("kontora.de/plv", "westmere.ac.uk/sport", "ashbridge.gov.uk"):
 * a dotted name with a path, or ending in a common top-level domain. Never started inside a
 * run of name characters, and every part is bounded, so "a.a.a." × 10,000 costs one try.
 */
const BARE_TLD = 'de|com|org|net|uk|at|ch|eu|io|app|info|nz|au|ie|ca|us';
const BARE_URL =
  `(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,4}` +
  `(?:\\.\\p{Ll}{2,6}\\/(?:${URL_CHARS}*[^\\s<>"„“”.,;:!?)])?|\\.(?:${BARE_TLD})(?![\\p{L}\\p{N}]))`;
/** Whether a text may hold a link, an address or a handle (then TOKEN_RE is needed). */
export const MAY_LINK = new RegExp(`[@/]|www\\.|\\.(?:${BARE_TLD})(?![\\p{L}\\p{N}])`, 'u');
const PARTS = [
  `((?:https?:\\/\\/|www\\.)${URL_CHARS}+|${BARE_URL})`,
  // Tried only where a run of address characters starts, with bounded parts (at most 64
  // characters before the @): a long run of "a.a.a." is never rescanned from every position.
  `(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}.-]{1,253}\\.\\p{L}{2,24})`,
  `(@[\\p{L}\\p{N}_.]+)`,
  `(${WORD}+(?:['’]${WORD}+)*)`,
  `(\\p{Extended_Pictographic})`,
  `([.!?…]+|\\n\\s*\\n?)`,
  `([,;:–—]| - )`,
];
const TOKEN_RE = new RegExp(PARTS.join('|'), 'gu');
/**
 * Most replies contain no "@" and no link: then the URL, e-mail and handle branches (which
 * would re-scan every word up to a missing "@") are replaced by groups that never match,
 * keeping the group numbers.
 */
const PLAIN_RE = new RegExp(['((?!))', '((?!))', '((?!))', ...PARTS.slice(3)].join('|'), 'gu');

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
  // Most texts have neither invisible characters nor curly apostrophes: then a word is
  // taken as written, without two replacements per word.
  const needsCleaning = INVISIBLE_TEST.test(text) || text.includes('’');
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
  const re = MAY_LINK.test(text) ? TOKEN_RE : PLAIN_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // Numbered groups (faster than named ones): 1 url, 2 mail, 3 handle, 4 word, 5 emoji,
    // 6 sentence end, 7 clause break.
    const start = m.index;
    const end = start + m[0].length;
    if (m[6] !== undefined) {
      closeSentence(m[6].trim(), end);
      continue;
    }
    if (m[7] !== undefined) {
      clause++;
      continue;
    }
    const kind: TokenKind = m[1]
      ? 'url'
      : m[2]
        ? 'mail'
        : m[3]
          ? 'handle'
          : m[4]
            ? 'word'
            : 'emoji';
    let raw = m[0];
    if (kind === 'word') {
      if (needsCleaning) raw = raw.replace(INVISIBLE_RE, '').replace(/’/g, "'");
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

/** The words of a text between a span's offsets, as a finding quotes them. */
export const spanQuote = (text: string, span: { start: number; end: number }): Quote => ({
  text: text.slice(span.start, span.end),
  start: span.start,
  end: span.end,
});

/** A quote of the text between two offsets, shortened for a message. */
export function excerpt(text: string, start: number, end: number, max = 60): string {
  const s = text.slice(start, end).replace(INVISIBLE_RE, '').replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
