import type { LocalisedItem } from '../quiz/localise';

/** The two course languages. */
export type ExportLang = 'de' | 'en';

/** Every format the exporter produces. */
export const FORMATS = [
  'scorm12',
  'scorm2004',
  'cmi5',
  'qti21',
  'qti30',
  'moodle',
  'gift',
  'csv-exam',
  'csv-sim',
] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** The quiz bank in one language, plus what every item export needs to name the bank. */
export interface QuizExportInput {
  lang: ExportLang;
  /** Course title in that language (category / package title). */
  title: string;
  /** Version string of the course (package.json version). */
  version: string;
  items: readonly LocalisedItem[];
}

/** A file produced by an export: its suggested name, MIME type and bytes. */
export interface ExportFile {
  filename: string;
  mime: string;
  data: Uint8Array;
}
