import type { Messages } from './de';

/** English UI strings; the same keys as de.ts. */
export const en: Messages = {
  meta: {
    langName: 'English',
    siteName: 'ReplyLab',
    tagline: 'Customer care on social media – learn it and practise it',
  },
  nav: {
    skipToContent: 'Skip to content',
    main: 'Main navigation',
    course: 'Course',
    scenarios: 'Simulator',
    exam: 'Certification',
    trainer: 'For trainers',
    language: 'Language',
    switchTo: 'Auf Deutsch wechseln',
  },
  course: {},
  sim: {},
  exam: {},
  trainer: {},
};
