/**
 * German UI strings (German is the source language). Every key here must exist in en.ts:
 * the type of `en` is derived from this object. One section per part of the site; texts
 * with placeholders are functions.
 */
export const de = {
  meta: {
    langName: 'Deutsch',
    siteName: 'ReplyLab',
    tagline: 'Kundenservice in sozialen Medien – lernen und üben',
  },
  nav: {
    skipToContent: 'Zum Inhalt springen',
    main: 'Hauptnavigation',
    course: 'Kurs',
    scenarios: 'Simulator',
    exam: 'Zertifizierung',
    trainer: 'Für Trainer',
    language: 'Sprache',
    switchTo: 'Switch to English',
  },
  course: {},
  sim: {},
  exam: {},
  trainer: {},
};

export type Messages = typeof de;
