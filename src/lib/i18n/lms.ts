/**
 * Strings of the LMS packages and their settings on the trainer page, apart from de.ts/en.ts:
 * those go into every island page, and the exam page has no room to spare (60 KB budget).
 */
import type { Lang } from '../vocabulary';

export interface LmsMessages {
  /** The player's note when the LMS's stored progress could not be used. */
  resumeLost: string;
  /**
   * What stands in the feed for a free-text reply written before the course window was
   * closed: the LMS keeps its effect and scores, not its words.
   */
  replyNotKept: string;
  passRuleLegend: string;
  passRuleExam: string;
  passRuleDimensions: string;
}

const de: LmsMessages = {
  resumeLost:
    'Der gespeicherte Stand aus der Lernplattform war nicht lesbar oder gehört zu einer anderen Kursversion: Der Kurs beginnt von vorn.',
  replyNotKept:
    '(Ihre Antwort von vorhin: Die Lernplattform speichert ihre Wirkung und Bewertung, nicht den Wortlaut.)',
  passRuleLegend: 'Bestanden heißt in den SCORM- und cmi5-Paketen',
  passRuleExam: 'Abschlusstest bestanden',
  passRuleDimensions:
    'Abschlusstest bestanden und im Simulator in jeder Dimension mindestens 60 (über die gespielten Szenarien)',
};

const en: LmsMessages = {
  resumeLost:
    'The progress stored by the learning platform could not be read or belongs to another version of the course: the course starts afresh.',
  replyNotKept:
    '(Your earlier reply: the learning platform keeps its effect and scores, not its words.)',
  passRuleLegend: 'In the SCORM and cmi5 packages, passed means',
  passRuleExam: 'the final test passed',
  passRuleDimensions:
    'the final test passed and at least 60 on every dimension in the simulator (over the scenarios played)',
};

export const lmsStrings: Record<Lang, LmsMessages> = { de, en };
