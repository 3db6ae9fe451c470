/**
 * The German language pack: patterns, messages and word lists. Language only: what each rule
 * and finding does is declared in ../catalog.ts.
 */
import type { LanguagePack } from '../language';
import { messages } from './de-messages';
import { patterns } from './de-patterns';

export const de: LanguagePack = {
  patterns,
  messages,
  lexicon: {
    negators: [
      'nicht',
      'kein',
      'keine',
      'keinen',
      'keinem',
      'keiner',
      'nie',
      'niemals',
      'nichts',
      'ohne',
      'kaum',
    ],
    trailingNegators: ['nicht', 'nie', 'niemals'],
    // Only words of four letters or more: shorter ones never count as content words.
    stopwords:
      'aber alle allem allen aller alles also andere anderen auch beim bereits bitte bist dann darf darum dass dein deine denn dich dies diese diesem diesen dieser dieses doch dort durch eine einem einen einer eines einfach etwas euch euer eure gibt habe haben hallo hatte hätte heute hier ihnen ihre ihrem ihren ihrer immer jetzt kann können könnt lange leider liebe lieber mach machen mehr mein meine meinem meinen meiner mich muss müssen nach noch oder ohne schon sehr seid sein seine sich sind soll sollte über unser unsere unter viel vielen wann waren warum weil wenn werde werden wieder wird wirklich wurde zwar danke dank grüße gruß total ganz gerade gestern morgen woche tage tagen frage fragen team service kunde kunden firma euren eurem nein'.split(
        ' ',
      ),
    titles: ['herr', 'frau', 'dr', 'prof', 'familie'],
    quote: ['„', '“'],
    yesNo: ['ja', 'nein', 'jep', 'klar', 'natürlich', 'leider'],
    contrast: ['aber', 'jedoch', 'allerdings'],
    firstPerson: [
      'ich',
      'mir',
      'mich',
      'mein',
      'meine',
      'meinen',
      'meinem',
      'meiner',
      'persönlich',
    ],
    ironicOpeners: ['natürlich', 'selbstverständlich', 'klar', 'sicher'],
    address: {
      formal: ['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres'],
      // At a sentence start "Sie" is formal when a plural verb follows ("Sie können").
      formalAtSentenceStart: { Sie: 'en', Ihnen: '' },
      titles: [],
      formalPhrases: [],
      informal: [
        'du',
        'dich',
        'dir',
        'dein',
        'deine',
        'deinen',
        'deinem',
        'deiner',
        'deines',
        'euch',
        'euer',
        'eure',
        'euren',
        'eurem',
        'eurer',
      ],
      // Du-imperatives give informal address away without a "du" ("schau gern vorbei").
      informalImperatives: [
        'schau',
        'guck',
        'hol',
        'meld',
        'schreib',
        'komm',
        'probier',
        'lies',
        'nimm',
        'ruf',
      ],
      informalOpeners: ['hey'],
    },
    // German uses some English loanwords for reference numbers too.
    referenceWords: [
      'bestell',
      'auftrag',
      'kunden',
      'vertrag',
      'sendung',
      'order',
      'account',
      'customer',
      'contract',
      'booking',
      'tracking',
    ],
    streetSuffixes: [
      'straße',
      'strasse',
      'str.',
      'weg',
      'allee',
      'platz',
      'gasse',
      'ring',
      'damm',
      'bach',
      'berg',
      'feld',
      'hof',
      'ufer',
      'pfad',
      'steig',
      'chaussee',
    ],
    streetTypes: [],
    durations: { minutes: '{n} Minuten', hours: '{n} Stunden', days: '{n} Tagen' },
  },
};
