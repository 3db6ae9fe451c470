/**
 * Structural checks several analyzers share: they combine word-rule hits with the reply's
 * structure (sentences, positions, shapes such as numbers and addresses) and the situation.
 * Language-neutral: the words they need come from the language pack's lexicon.
 */
import { get, hitQuote, memo, nameParts, tokenQuote, type Evidence } from './evidence';
import { firstWords, wordSet } from './language';
import type { Hit } from './matcher';
import type { Quote } from './types';
import { spanQuote, type Token } from './text';

const ACRONYM_OK = /^(?:[A-Z]{2,4}|[A-Z]+\d+)$/;

/** Tone problems that also mean "fighting" with a troll or cold empathy. */
export const HOSTILE = ['tone.sarcasm', 'tone.irritation', 'tone.blame'] as const;

export function hostileHits(ev: Evidence): Hit[] {
  return HOSTILE.flatMap((c) => get(ev, c));
}

/** A wink at a troll is a jab, whatever the words around it. */
export function trollWink(ev: Evidence): Quote[] {
  if (ev.ctx.kind !== 'troll') return [];
  const wink = ev.info.tokens.find((t) => t.kind === 'emoji' && WINK.has(t.raw));
  return wink ? [{ text: wink.raw, start: wink.start, end: wink.end }] : [];
}

/**
 * Weak signs of irony: "?!", a quotation of the customer's own words, an ironic opener
 * ("Natürlich …", "Obviously …"); two or more together make irony even when each word alone
 * is polite.
 */
export const sarcasmCues = (ev: Evidence): Quote[] => memo(ev, 'sarcasm', computeSarcasmCues);

function computeSarcasmCues(ev: Evidence): Quote[] {
  const { text, sentences, tokens } = ev.info;
  const cues: Quote[] = [];
  for (const s of sentences) if (/\?!|!\?/.test(s.mark)) cues.push(spanQuote(text, s));
  // Only quotes of the customer's own words count: quoting a menu path is not irony.
  const quoted = /[„"“»«][^„"“”»«\n]{3,60}[“”"»«]/g;
  for (let m = quoted.exec(text); m !== null; m = quoted.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    // A quoted product or menu name ("Nordwind") is not the customer's words thrown back.
    const words = m[0].trim().split(/\s+/).length;
    if (words >= 3 && ev.overlap.some((o) => o.start >= from && o.end <= to))
      cues.push({ text: m[0], start: from, end: to });
    if (cues.length > 4) break;
  }
  const openers = wordSet(ev.lexicon.ironicOpeners);
  for (const t of tokens) {
    if (t.kind === 'word' && t.sentenceStart && openers.has(t.norm)) {
      cues.push(tokenQuote(ev, t));
    }
  }
  return cues.length >= 2 ? cues : [];
}

/** Words in capitals (not acronyms) and piles of exclamation marks. */
export const shouting = (ev: Evidence): Quote[] => memo(ev, 'shouting', computeShouting);

function computeShouting(ev: Evidence): Quote[] {
  const { tokens, text } = ev.info;
  const caps = tokens.filter(
    (t) =>
      t.kind === 'word' &&
      t.raw.length >= 3 &&
      !PLAIN_LOWER.test(t.raw) &&
      /\p{Lu}/u.test(t.raw) &&
      t.raw === t.raw.toUpperCase() &&
      !/\d/.test(t.raw),
  );
  // Acronyms (DHL, IBAN) are not shouting; a capitalised ordinary word ("WENN") is.
  const loud = caps.filter(
    (t) => t.raw.length >= 5 || !ACRONYM_OK.test(t.raw) || ev.stopwords.has(t.norm),
  );
  const quotes: Quote[] = [];
  // Three abbreviations in a row ("ISO, DWR, PFC") are jargon, not shouting.
  if ((caps.length >= 3 && loud.length >= 1) || loud.length >= 2)
    for (const t of [...loud, ...caps.filter((c) => !loud.includes(c))].slice(0, 3))
      quotes.push(tokenQuote(ev, t));
  const bang = /!{3,}|(?:[!?]\s*){4,}/.exec(text);
  if (bang) quotes.push({ text: bang[0], start: bang.index, end: bang.index + bang[0].length });
  return quotes;
}

/** The first formal and the first informal form of address, when a reply uses both. */
export const registerMix = (ev: Evidence): Quote[] => memo(ev, 'register', computeRegisterMix);

function computeRegisterMix(ev: Evidence): Quote[] {
  const forms = ev.lexicon.address;
  const formal = wordSet(forms.formal);
  const phrases = wordSet(forms.formalPhrases);
  const phraseStarts = firstWords(forms.formalPhrases);
  const titles = wordSet(forms.titles);
  const informal = wordSet(forms.informal);
  const imperatives = wordSet(forms.informalImperatives);
  const openers = wordSet(forms.informalOpeners);
  let formalAt: Quote | undefined;
  let informalAt: Quote | undefined;
  const tokens = ev.info.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const next = tokens[i + 1];
    if (!formalAt) {
      // At a sentence start a formal word counts only where the lexicon says which ending the
      // next word must have ("Sie" before "haben", not "Sie" = they).
      const atStart = Object.hasOwn(forms.formalAtSentenceStart, t.raw)
        ? forms.formalAtSentenceStart[t.raw]
        : undefined;
      const formalWord =
        formal.has(t.raw) &&
        (!t.sentenceStart || (atStart !== undefined && (next?.norm ?? '').endsWith(atStart)));
      let phrase = false;
      if (phraseStarts.has(t.norm)) {
        const two = `${t.norm} ${next?.norm ?? ''}`;
        phrase = phrases.has(two) || phrases.has(`${two} ${tokens[i + 2]?.norm ?? ''}`);
      }
      // A title is the customer's address only in the greeting: later, "Frau Okonkwo" is as
      // likely a colleague the reply talks about.
      const titled =
        i < 4 &&
        t.sentence === 0 &&
        titles.has(t.norm) &&
        next !== undefined &&
        /^\p{Lu}/u.test(next.raw);
      if (formalWord || titled || phrase) formalAt = tokenQuote(ev, t);
    }
    if (!informalAt) {
      // Informal imperatives are written in lower case (a capitalised "Check" is a noun).
      const imperative =
        imperatives.has(t.raw) &&
        !t.sentenceStart &&
        next?.kind === 'word' &&
        !formal.has(next.raw);
      if (informal.has(t.norm) || imperative || (i === 0 && openers.has(t.norm)))
        informalAt = tokenQuote(ev, t);
    }
    if (formalAt && informalAt)
      return formalAt.start < informalAt.start ? [formalAt, informalAt] : [informalAt, formalAt];
  }
  return [];
}

/** A reply that argues with a troll: hostile or defensive words, or a long speech. */
export function feedsTroll(ev: Evidence): boolean {
  return (
    hostileHits(ev).length > 0 ||
    get(ev, 'tone.defensive').length > 0 ||
    get(ev, 'cue.legal').length > 0 ||
    trollWink(ev).length > 0 ||
    quotedFigures(ev).length > 0 ||
    ev.info.words > 80
  );
}

/**
 * The words with which a reply takes a troll on: hostility, excuses, legal talk, a wink, a
 * battle of figures. A reply that only runs long has none to quote.
 */
export function trollFeedQuotes(ev: Evidence): Quote[] {
  const words = [...hostileHits(ev), ...get(ev, 'tone.defensive'), ...get(ev, 'cue.legal')]
    .slice(0, 2)
    .map((h) => hitQuote(ev, h));
  return [...words, ...trollWink(ev), ...quotedFigures(ev).slice(0, 2)].slice(0, 3);
}

/** A "can't help" with nothing offered after it in the reply. */
export function bareRefusals(ev: Evidence): Hit[] {
  const steps = [...get(ev, 'resolution.next-step'), ...get(ev, 'cue.private-channel')];
  return get(ev, 'resolution.cant-help').filter(
    (r) => !steps.some((s) => s.from >= r.to || s.to <= r.from),
  );
}

// International and national shapes, and North American ones ("1-800-555-0142", "(503) 555-0199").
const PHONE = /(?:\+|\b0)\d[\d /-]{6,40}\d|(?:\b1[ -])?(?:\(\d{3}\) ?|\b\d{3}[ -])\d{3}-\d{4}\b/g;

/** Sentences that contain a phone number (a hotline is a detour for a simple question). */
export const phoneSentences = (ev: Evidence): Set<number> =>
  memo(ev, 'phones', (e) => {
    const out = new Set<number>();
    if (!/\d/.test(e.info.text)) return out;
    PHONE.lastIndex = 0;
    for (let m = PHONE.exec(e.info.text); m !== null; m = PHONE.exec(e.info.text)) {
      for (const s of e.info.sentences)
        if (m.index >= s.start && m.index < s.end) out.add(e.info.tokens[s.from]!.sentence);
    }
    return out;
  });

/** Sentence number of the token that starts at a given offset. */
function tokenAt(ev: Evidence, start: number): number {
  for (const t of ev.info.tokens) if (t.start === start) return t.sentence;
  return -1;
}

export interface QuestionAnswer {
  /** The reply answers the question itself. */
  answered: boolean;
  /** It gives a status update: a step with a time. */
  status: boolean;
  /** The answer words found outside detour sentences. */
  cues: Hit[];
  /** A figure stated outside the sentences that send the customer elsewhere ("max. 150 kg"). */
  figure: boolean;
  /** A sentence that opens with yes or no, wherever it points next ("Yes: in the app, tap …"). */
  opensYesNo: boolean;
}

/** Whether a reply to a question answers it, or at least gives a status update with a time. */
/** Two or more menu steps: "Profile > Plan Settings", "Mein Tarif › Optionen". */
const MENU_PATH = /[\p{L}\p{N}][^\S\n]?[>›»][^\S\n]?[\p{L}\p{N}]/u;

export const questionAnswer = (ev: Evidence): QuestionAnswer =>
  memo(ev, 'answer', computeQuestionAnswer);

/**
 * The numbers a reply states, without those that cite a rule, a clause or a page ("§ 7 Abs.
 * 3", "Punkt 3.1", "section 7.3"): pointing to where the answer is written is not giving it.
 */
function statedNumbers(ev: Evidence): Token[] {
  const { tokens, text } = ev.info;
  const cited = new Set<number>();
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !/\d/.test(t.norm)) return;
    const prev = tokens[i - 1];
    const gap = text.slice(prev?.end ?? 0, t.start);
    if (
      gap.includes('§') ||
      (prev && (ev.lexicon.references.includes(prev.norm) || (cited.has(i - 1) && gap === '.')))
    )
      cited.add(i);
    else out.push(t);
  });
  return out;
}

/**
 * What sends a simple question elsewhere: a way to reach someone (form, hotline) or
 * somewhere to read (FAQ, terms, website), in the order they are written.
 */
export const detours = (ev: Evidence): Hit[] =>
  [...get(ev, 'channel.detour'), ...get(ev, 'cue.pointer')].sort((a, b) => a.from - b.from);

function computeQuestionAnswer(ev: Evidence): QuestionAnswer {
  const { tokens } = ev.info;
  // Sentences that send the customer elsewhere or ask for data do not answer anything,
  // whatever numbers (a hotline) or words they contain.
  const away = new Set<number>();
  // A detour sentence can still carry the answer ("as stated on our homepage, we're open
  // until 10pm"): it counts when it has a figure and an answer word.
  const cueSentences = new Set(get(ev, 'cue.answer').map((h) => tokens[h.from]!.sentence));
  const numbers = statedNumbers(ev);
  const figures = new Set(numbers.map((t) => t.sentence));
  for (const h of detours(ev)) {
    const s = tokens[h.from]!.sentence;
    if (!(cueSentences.has(s) && figures.has(s))) away.add(s);
  }
  for (const h of get(ev, 'personalization.boilerplate')) away.add(tokens[h.from]!.sentence);
  for (const q of publicDataAsks(ev)) away.add(q.sentence);
  // So does a request for data in private ("send us a photo of your ID, then we'll check").
  const dataSentences = new Set(get(ev, 'cue.personal-data').map((h) => tokens[h.from]!.sentence));
  for (const h of get(ev, 'cue.request'))
    if (dataSentences.has(tokens[h.from]!.sentence)) away.add(tokens[h.from]!.sentence);
  for (const t of tokens) if (t.kind === 'url' || t.kind === 'mail') away.add(t.sentence);
  // A menu path ("under Finance > Funding > Hardship") answers "where do I find it?"; to any
  // other question it is a pointer to go and look.
  if (/[>›»]/.test(ev.info.text) && ![...ev.postWords].some((w) => ev.lexicon.whereHow.includes(w)))
    for (const s of ev.info.sentences)
      if (MENU_PATH.test(ev.info.text.slice(s.start, s.end))) away.add(tokens[s.from]!.sentence);
  for (const s of phoneSentences(ev)) away.add(s);
  const here = (h: Hit) => !away.has(tokens[h.from]!.sentence);
  const cues = get(ev, 'cue.answer').filter(here);
  const overlap = ev.overlap.filter((o) => !away.has(tokenAt(ev, o.start)));
  const digits = numbers.some((t) => !away.has(t.sentence));
  const steps = get(ev, 'resolution.next-step').filter(here);
  const weak = get(ev, 'cue.weak-step').filter(here);
  // A plain yes or no is the most direct answer to a yes/no question.
  const yesNo = cues.some(
    (h) =>
      ev.lexicon.yesNo.includes(tokens[h.from]!.norm) && (h.from < 6 || /\?/.test(ev.ctx.post)),
  );
  const answered =
    yesNo ||
    echoAnswer(ev, away) ||
    (cues.length > 0 && (overlap.length > 0 || digits)) ||
    (digits && overlap.length > 0) ||
    (overlap.length >= 2 && away.size === 0 && steps.length === 0 && weak.length === 0);
  const status =
    (steps.length > 0 || weak.length > 0) &&
    get(ev, 'resolution.time-frame').filter(here).length > 0;
  const opensYesNo = get(ev, 'cue.answer').some(
    (h) => ev.lexicon.yesNo.includes(tokens[h.from]!.norm) && tokens[h.from]!.sentenceStart,
  );
  return { answered, status, cues, figure: digits, opensYesNo };
}

/**
 * A clause near the start that is nothing but a short answer echoing the question: "Hi
 * Kai, we do!", "you can, and plenty of people do", "das geht:". Like a plain yes or no.
 */
function echoAnswer(ev: Evidence, away: Set<number>): boolean {
  const clauses: string[][] = [];
  for (const t of ev.info.tokens)
    if (t.sentence < 2 && t.kind === 'word' && !away.has(t.sentence))
      (clauses[t.clause] ??= []).push(t.norm);
  return clauses.some((c) => ev.lexicon.echoes.includes(c.join(' ')));
}

/**
 * Requests for personal data that are not sent to a private channel: a request word and a
 * personal-data word within a few words of each other in one sentence that names no DM,
 * e-mail or phone. Only a public reply can make them.
 */
export const publicDataAsks = (ev: Evidence): (Quote & { sentence: number })[] =>
  memo(ev, 'asks', computePublicDataAsks);

/** A request in this sentence names a public place for the answer: "reply here", "… below". */
function inPublic(ev: Evidence, sentence: number): boolean {
  const { tokens } = ev.info;
  const places = ev.lexicon.publicPlaces;
  for (const r of get(ev, 'cue.request')) {
    if (tokens[r.from]!.sentence !== sentence) continue;
    for (let k = r.to; k < r.to + 3 && tokens[k]?.sentence === sentence; k++)
      if (places.includes(tokens[k]!.norm)) return true;
  }
  // "… your name, address and phone number below." ends on the place.
  let last = -1;
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.sentence === sentence) last = k;
  return last >= 0 && places.includes(tokens[last]!.norm) && tokens[last - 1]?.norm !== 'not';
}

function computePublicDataAsks(ev: Evidence): (Quote & { sentence: number })[] {
  if (ev.channel !== 'public') return [];
  const requests = get(ev, 'cue.request');
  const data = get(ev, 'cue.personal-data');
  if (requests.length === 0 || data.length === 0) return [];
  const privateCue = get(ev, 'cue.private-channel');
  const out: (Quote & { sentence: number })[] = [];
  const { tokens } = ev.info;
  const cueIn = (s: number) => privateCue.some((p) => tokens[p.from]!.sentence === s);
  // "I've sent you a private message. Reply there with …" answers in the channel named before.
  const there = (s: number) =>
    cueIn(s - 1) &&
    tokens.some((t) => t.sentence === s && ev.lexicon.privatePlaces.includes(t.norm));
  for (const d of data) {
    const s = ev.info.tokens[d.from]!.sentence;
    const asked = requests.some(
      (r) => ev.info.tokens[r.from]!.sentence === s && r.from <= d.from + 2 && d.from - r.to <= 8,
    );
    // "an service@firma.de" or a phone number in the sentence is a private channel too;
    // "reply here with … the e-mail you used" is not.
    const privately =
      !inPublic(ev, s) &&
      (cueIn(s) ||
        there(s) ||
        tokens.some((t) => t.kind === 'mail' && t.sentence === s) ||
        phoneSentences(ev).has(s));
    if (asked && !privately) out.push({ ...hitQuote(ev, d), sentence: s });
  }
  return out;
}

const IBAN = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b/;
/**
 * A case or account reference in letters and digits ("LS-4471902", "INC-20931"): at least
 * four digits after a hyphen, or six straight after the letters.
 */
const REFERENCE_CODE = /\b\p{Lu}{1,5}-\d{4,12}\b|\b\p{Lu}{2,5}\d{6,12}\b/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface DataShapes {
  reference: RegExp;
  street: RegExp | null;
  card: RegExp;
  debt: RegExp;
}
const shapes = new WeakMap<Evidence['lexicon'], DataShapes>();

/** Reference numbers and street addresses, built once per language from its lexicon. */
function dataShapes(ev: Evidence): DataShapes {
  let s = shapes.get(ev.lexicon);
  if (!s) {
    const { referenceWords, streetSuffixes, streetTypes } = ev.lexicon;
    const reference = new RegExp(
      `\\b(?:${referenceWords.map(escape).join('|')})\\w{0,20}(?:[\\s-]{0,3}(?:nr|nummer|number|no|id))?\\.?\\s{0,3}:?\\s{0,3}#?\\s{0,3}\\d(?:[ .-]?\\d){5,40}`,
      'i',
    );
    const parts: string[] = [];
    if (streetSuffixes.length > 0)
      parts.push(`\\b\\p{Lu}\\p{Ll}+(?:${streetSuffixes.map(escape).join('|')})\\s\\d+`);
    if (streetTypes.length > 0)
      parts.push(
        `\\b\\d+\\s(?:\\p{Lu}\\p{Ll}*\\s){1,3}(?:${streetTypes.map(escape).join('|')})\\b`,
      );
    const { cardWords, debtWords } = ev.lexicon;
    const words = (list: readonly string[]) =>
      list.map((w) => escape(w).replace(/ /g, '\\s')).join('|');
    s = {
      reference,
      street: parts.length > 0 ? new RegExp(parts.join('|'), 'u') : null,
      card: new RegExp(`\\b(?:${words(cardWords)})\\s?(?:in\\s)?\\*{0,4}\\d{4}\\b`, 'i'),
      // An amount in the same sentence as a word of debt; bounded gaps, no nested repeats.
      debt: new RegExp(
        `\\b(?:${words(debtWords)})\\b[^.!?\\n]{0,60}?(?:[€£$]\\s?\\d[\\d.,]{0,12}|\\d[\\d.,]{0,12}\\s?(?:€|£|\\$|eur\\b|euro))|(?:[€£$]\\s?\\d[\\d.,]{0,12}|\\d[\\d.,]{0,12}\\s?(?:€|£|eur\\b|euro))[^.!?\\n]{0,60}?\\b(?:${words(debtWords)})\\b`,
        'i',
      ),
    };
    shapes.set(ev.lexicon, s);
  }
  return s;
}

/** An e-mail address with the customer's name in it (a company's service@ address is fine). */
function customerMail(ev: Evidence): Quote | null {
  const names = nameParts(ev.ctx, []).filter((n) => n.length >= 3);
  const t = ev.info.tokens.find(
    (t) => t.kind === 'mail' && names.some((n) => t.norm.split('@')[0]!.includes(n)),
  );
  return t ? tokenQuote(ev, t) : null;
}

const quoteOf = (m: RegExpExecArray | null): Quote | null =>
  m ? { text: m[0], start: m.index, end: m.index + m[0].length } : null;

/** A code the company filed for itself ("Ticket #KR-55812", "intern LUM-3381") is jargon, not data. */
function customerCode(ev: Evidence, m: RegExpExecArray | null): Quote | null {
  if (!m) return null;
  const before = ev.info.text.slice(Math.max(0, m.index - 30), m.index).toLowerCase();
  const words = before
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean)
    .slice(-3);
  return words.some((w) => ev.lexicon.internalWords.includes(w)) ? null : quoteOf(m);
}

/**
 * Personal data the reply itself shows: an IBAN, a reference number or code, the last digits
 * of a card, a date of birth, an amount owed (where the case is about personal data), a mobile number, a
 * street address (except in answer to a question that needs no personal data: a company's
 * own address answers "where is the shop?"), or the customer's e-mail address.
 */
export const revealedData = (ev: Evidence): Quote | null =>
  memo(ev, 'revealed', computeRevealedData);

function computeRevealedData(ev: Evidence): Quote | null {
  const { text } = ev.info;
  // Every shape but an e-mail address has digits in it.
  if (!/\d/.test(text)) return customerMail(ev);
  const { reference, street, card, debt } = dataShapes(ev);
  return (
    quoteOf(IBAN.exec(text)) ??
    quoteOf(reference.exec(text)) ??
    quoteOf(card.exec(text)) ??
    quoteOf(ev.lexicon.birthDate.exec(text)) ??
    customerCode(ev, REFERENCE_CODE.exec(text)) ??
    (ev.ctx.privateDataNeeded === true ? quoteOf(debt.exec(text)) : null) ??
    quoteOf(ev.lexicon.mobile.exec(text)) ??
    ((ev.ctx.kind !== 'question' || ev.ctx.privateDataNeeded === true) && street
      ? quoteOf(street.exec(text))
      : null) ??
    customerMail(ev)
  );
}

/** Emoji that wink or smile: friendly after thanks, condescending after a reproach. */
export const WINK = new Set(['😉', '😜', '😏', '🙃', '😅']);
export const SMILE = new Set(['🙂', '😊', '😀', '😃', '😄', '☺', '☺️', '👍', '🙈', '🤷']);

/** Sentences that reproach, lecture or defend (where a smile turns into a smirk). */
export function reproachfulSentences(ev: Evidence): Set<number> {
  const out = new Set<number>();
  for (const name of [
    'cue.reproach',
    'cue.appeal',
    'tone.blame',
    'tone.defensive',
    'tone.irritation',
  ] as const)
    for (const h of get(ev, name)) out.add(ev.info.tokens[h.from]!.sentence);
  return out;
}

/**
 * The sentence an emoji comments on: its own, or the one before when it opens a sentence
 * ("… ein kurzer Blick genügt. 🙂" smiles at the sentence it follows).
 */
export const emojiSentence = (t: Token): number =>
  t.sentenceStart && t.sentence > 0 ? t.sentence - 1 : t.sentence;

/** A wink or smile right after a reproach: "worth checking first 🙂". */
export function smileAfterReproach(ev: Evidence): Quote[] {
  const reproachful = reproachfulSentences(ev);
  if (reproachful.size === 0) return [];
  const out: Quote[] = [];
  for (const t of ev.info.tokens)
    if (
      t.kind === 'emoji' &&
      (WINK.has(t.raw) || SMILE.has(t.raw)) &&
      reproachful.has(emojiSentence(t))
    ) {
      const s = ev.info.sentences[emojiSentence(t)];
      if (s) out.push({ text: ev.info.text.slice(s.start, t.end), start: s.start, end: t.end });
    }
  return out.slice(0, 1);
}

/** A word of lower-case Latin letters only: neither a code nor an abbreviation (a quick test). */
const PLAIN_LOWER = /^[a-z\u00df-\u00f6\u00f8-\u00ff']+$/;

/** Codes and abbreviations the customer did not use: "SLF-D24", "iMSys", "TRC". */
export function unknownCodes(ev: Evidence): Quote[] {
  return memo(ev, 'codes', (e) => {
    const out: Quote[] = [];
    const plain = wordSet(e.lexicon.plainAbbreviations);
    // Where the reply shouts, its capitals are shouting, not codes.
    const shouted = shouting(e).some((q) => /\p{Lu}{2}/u.test(q.text));
    for (const t of e.info.tokens) {
      if (t.kind !== 'word' || t.raw.length < 2 || PLAIN_LOWER.test(t.raw) || plain.has(t.norm))
        continue;
      const upper = (t.raw.match(/\p{Lu}/gu) ?? []).length;
      const letters = t.raw.replace(/[^\p{L}]/gu, '').length;
      // Capitals of five letters or more are shouting, not an abbreviation.
      const acronym = !shouted && upper >= 2 && upper >= letters - 1 && letters <= 5;
      // Letters and digits mixed ("D24", "RW01"), but not a number with its unit ("9am",
      // "24h", "10kg", "3rd").
      const code =
        /\d/.test(t.raw) &&
        letters > 0 &&
        t.raw.length >= 3 &&
        !/^\d+(?:[.,]\d+)?(?:\p{Ll}{1,4}|am|pm|AM|PM)$/u.test(t.raw);
      if ((acronym || code) && !e.postWords.has(t.norm)) out.push(tokenQuote(e, t));
    }
    return out;
  });
}

/**
 * How many particulars of the post each sentence picks up: words of the post (one word
 * family each) and figures of the post repeated in the reply ("three weeks", "39 not 43").
 */
export function detailsPerSentence(ev: Evidence): Map<number, number> {
  return memo(ev, 'details', (e) => {
    const out = new Map<number, number>();
    const add = (s: number) => out.set(s, (out.get(s) ?? 0) + 1);
    let k = 0;
    const tokens = e.info.tokens;
    for (const o of e.overlap) {
      while (k < tokens.length && tokens[k]!.start < o.start) k++;
      if (k < tokens.length) add(tokens[k]!.sentence);
    }
    for (const t of tokens)
      if (t.kind === 'word' && /\d/.test(t.norm) && e.postWords.has(t.norm)) add(t.sentence);
    return out;
  });
}

const PERCENT = /\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|prozent\b|percent\b|per cent\b)/giu;

/**
 * A discount in a reply: a code of capitals and digits ("KARLA20", "DUENE10") or a percentage
 * the post never mentioned ("20 % on Premium"). Language-neutral: the shape is the evidence,
 * so a push is caught however it is worded.
 */
export const discountCues = (ev: Evidence): Quote[] =>
  memo(ev, 'discount', (e) => {
    const out: Quote[] = [];
    for (const t of e.info.tokens)
      if (t.kind === 'word' && /^\p{Lu}{3,}\d{1,4}$/u.test(t.raw) && !e.postWords.has(t.norm))
        out.push(tokenQuote(e, t));
    // A percentage the post names itself ("is the 20 % off still on?") is an answer; the same
    // number in another sense ("I rode 20 miles") is no excuse for a discount.
    const posted = new Set<string>();
    PERCENT.lastIndex = 0;
    for (let m = PERCENT.exec(e.postLower); m !== null; m = PERCENT.exec(e.postLower))
      posted.add(/\d+/.exec(m[0])![0]);
    PERCENT.lastIndex = 0;
    for (let m = PERCENT.exec(e.info.text); m !== null; m = PERCENT.exec(e.info.text)) {
      const number = /\d+/.exec(m[0])![0];
      if (!posted.has(number)) out.push(quoteOf(m)!);
    }
    return out.sort((a, b) => a.start - b.start);
  });

/**
 * Figures quoted back at a troll ("94 % of our graduates", "180.000 visitors last year"):
 * numbers the post does not contain, outside a sentence with a phone number. One percentage
 * or two figures is arguing with statistics, which the rubric counts as feeding the troll.
 */
export const quotedFigures = (ev: Evidence): Quote[] =>
  memo(ev, 'figures', (e) => {
    const phones = phoneSentences(e);
    const figures: Quote[] = [];
    for (const t of e.info.tokens)
      if (
        t.kind === 'word' &&
        /^\d/.test(t.raw) &&
        !e.postWords.has(t.norm) &&
        !phones.has(t.sentence)
      )
        figures.push(tokenQuote(e, t));
    // A percentage the post never mentioned (discountCues' percentages, not its codes).
    const percent = discountCues(e).some((q) => /^\d/.test(q.text));
    return percent || figures.length >= 2 ? figures : [];
  });
