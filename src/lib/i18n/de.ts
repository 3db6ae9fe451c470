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
    privacy: 'Ihr Lernstand bleibt in diesem Browser. ReplyLab lädt nichts von fremden Servern.',
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
  course: {
    homeTitle: 'Der Kurs',
    homeIntro:
      'Acht kurze Lektionen zeigen Ihnen, wie Sie auf Beschwerden, Fragen, Lob und Trolle in sozialen Medien antworten. Danach üben Sie im Simulator und legen die Zertifizierung ab.',
    lessonsHeading: 'Lektionen',
    progressLabel: 'Ihr Fortschritt',
    progressText: (done: number, total: number) => `${done} von ${total} Lektionen gelesen`,
    start: 'Mit der ersten Lektion beginnen',
    continue: (title: string) => `Weiter mit: ${title}`,
    allDone: 'Alle Lektionen gelesen – weiter zum Simulator',
    minutes: (n: number) => `${n} Min.`,
    statusRead: 'gelesen',
    statusUnread: 'noch offen',
    lessonNumber: (n: number) => `Lektion ${n}`,
    bestScore: (n: number) => `Bestes Ergebnis im Simulator: ${n} von 100`,
    reset: 'Fortschritt zurücksetzen',
    resetConfirm:
      'Wirklich den gesamten Fortschritt löschen? Gelesene Lektionen und Antworten gehen verloren.',
    resetDone: 'Ihr Fortschritt wurde zurückgesetzt.',
    recovered:
      'Ein Teil Ihres gespeicherten Fortschritts war beschädigt und wurde verworfen; alles Lesbare ist erhalten.',
    nextStepsHeading: 'Danach',
    simulatorTeaser: 'Üben Sie an realistischen Fällen: Beschwerden, Fragen, Lob und Trolle – mit Uhr, Reaktionen der Community und einer Auswertung Ihrer Antworten.',
    simulatorLink: 'Zum Simulator',
    examTeaser: '20 Fragen, 30 Minuten, Bestehensgrenze 80 %. Wer besteht, erhält ein Zertifikat.',
    examLink: 'Zur Zertifizierung',
    objectives: 'Nach dieser Lektion können Sie',
    readingTime: (n: number) => `Lesezeit: etwa ${n} Minuten`,
    ruleLabel: 'Regel',
    exampleHeading: 'Beispiel',
    examplePost: (name: string) => `Beitrag von ${name}`,
    weakReply: 'Schwache Antwort',
    strongReply: 'Starke Antwort',
    why: 'Warum',
    checkHeading: 'Wissenscheck',
    checkIntro: 'Wählen Sie je eine Antwort. Sie erhalten sofort eine Rückmeldung.',
    checkCorrect: 'Richtig.',
    checkIncorrect: 'Nicht ganz.',
    checkScore: (right: number, total: number) => `${right} von ${total} Fragen richtig beantwortet`,
    checkNeedsJs: 'Für den Wissenscheck wird JavaScript benötigt.',
    markRead: 'Als gelesen markieren',
    markedRead: 'Gelesen ✓',
    practise: 'Im Simulator üben',
    previous: 'Vorherige Lektion',
    next: 'Nächste Lektion',
    backToCourse: 'Zur Kursübersicht',
    platform: {
      facebook: 'Facebook-Seite',
      x: 'X',
      instagram: 'Instagram',
      reviews: 'Bewertungsportal',
      blog: 'Service-Blog',
    },
  },
  sim: {},
  exam: {},
  trainer: {},
};

export type Messages = typeof de;
