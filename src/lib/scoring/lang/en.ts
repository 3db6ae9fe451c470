/**
 * The English language pack: patterns, messages and word lists. Language only: what each rule
 * and finding does is declared in ../catalog.ts.
 */
import type { LanguagePack } from '../language';
import { messages } from './en-messages';
import { patterns } from './en-patterns';

export const en: LanguagePack = {
  patterns,
  messages,
  lexicon: {
    negators: [
      'not',
      'no',
      'never',
      "don't",
      "doesn't",
      "didn't",
      "can't",
      'cannot',
      "won't",
      "wouldn't",
      "isn't",
      "aren't",
      "wasn't",
      "haven't",
      "hasn't",
      'without',
      'hardly',
      'nothing',
    ],
    trailingNegators: [],
    // Only words of four letters or more: shorter ones never count as content words.
    stopwords:
      "about after again also always because been before being could days does doing done even ever every from have having hello here just know like made make many more most much need only other over please really should since some still such than thank thanks that their them then there these they this those very want week well were what when where which while will with would your yours today tomorrow yesterday team service customer company question guys dear into onto it's ours we're i've totally time already".split(
        ' ',
      ),
    titles: ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'mx'],
    quote: ['“', '”'],
    yesNo: ['yes', 'no', 'yep', 'nope'],
    contrast: ['but', 'however'],
    firstPerson: ['i', "i'm", "i've", "i'll", "i'd", 'me', 'my', 'myself', 'personally'],
    ironicOpeners: ['of', 'obviously', 'surely', 'sure', 'certainly'],
    address: {
      formal: [],
      formalAtSentenceStart: {},
      titles: ['mr', 'mrs', 'ms', 'dr', 'sir', 'madam'],
      formalPhrases: [
        'should you require',
        'do not hesitate',
        'please be advised',
        'we remain',
        'yours sincerely',
        'yours faithfully',
      ],
      // Matey words that clash with a formal "Mr Jenkins".
      informal: [
        'hey',
        'mate',
        'ya',
        'yah',
        'hun',
        'hon',
        'babe',
        'buddy',
        'dude',
        'pal',
        'bro',
        'luv',
        'gonna',
        'wanna',
        'yep',
        'nope',
        'cheers',
      ],
      informalImperatives: [],
      informalOpeners: [],
    },
    referenceWords: ['order', 'account', 'customer', 'contract', 'booking', 'tracking'],
    streetSuffixes: [],
    streetTypes: [
      'Road',
      'Street',
      'Lane',
      'Avenue',
      'Close',
      'Drive',
      'Way',
      'Crescent',
      'Gardens',
      'Court',
      'Place',
      'Row',
    ],
    durations: { minutes: '{n} minutes', hours: '{n} hours', days: '{n} days' },
  },
};
