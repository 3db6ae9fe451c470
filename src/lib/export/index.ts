/**
 * One entry point for every export, shared by the command line (scripts/export.ts) and the
 * trainer page: a format name and CourseData in, a file (name, MIME type, bytes) out.
 */
import type { CourseData } from './course-data';
import { examCsv, simCsv, type ExamRow, type SimRow } from './csv';
import { giftText } from './gift';
import { moodleXml } from './moodle';
import { qtiPackage } from './qti';
import type { PassRule } from './passing';
import { cmi5Package, scormPackage, type PlayerBundle } from './scorm';
import { utf8 } from './xml';
import type { ZipFiles } from './zip';

export type { CourseData } from './course-data';

export const COURSE_FORMATS = [
  'scorm12',
  'scorm2004',
  'cmi5',
  'qti21',
  'qti30',
  'moodle',
  'gift',
] as const;
export type CourseFormat = (typeof COURSE_FORMATS)[number];
export const RESULT_FORMATS = ['csv-exam', 'csv-sim'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];

export interface ExportFile {
  filename: string;
  mime: string;
  data: Uint8Array;
}

export function isCourseFormat(value: string): value is CourseFormat {
  return (COURSE_FORMATS as readonly string[]).includes(value);
}

/** Formats that carry the player (`virtual:replylab-player`, passed in as `options.player`). */
export const PLAYER_FORMATS: readonly CourseFormat[] = ['scorm12', 'scorm2004', 'cmi5'];

/**
 * Exports the course or the quiz bank; `schemaFiles` go to the root of SCORM zips. The SCORM and
 * cmi5 packages need the bundled player: callers import it where they can afford it (the
 * trainer page loads it only when such a package is asked for).
 */
export function exportCourse(
  format: CourseFormat,
  course: CourseData,
  options: {
    player?: PlayerBundle | undefined;
    /** What "passed" means in the SCORM and cmi5 packages (default: the course's own). */
    passing?: PassRule | undefined;
    scorm12Schemas?: ZipFiles | undefined;
    scorm2004Schemas?: ZipFiles | undefined;
  } = {},
): ExportFile {
  if (options.passing) course = { ...course, passing: options.passing };
  const player = () => {
    if (!options.player) throw new Error(`the ${format} package needs the player bundle`);
    return options.player;
  };
  const base = `replylab-${course.lang}-${course.version}`;
  const zipFile = (name: string, data: Uint8Array) => ({
    filename: `${base}-${name}.zip`,
    mime: 'application/zip',
    data,
  });
  switch (format) {
    case 'scorm12':
      return zipFile('scorm12', scormPackage(course, '1.2', player(), options.scorm12Schemas));
    case 'scorm2004':
      return zipFile('scorm2004', scormPackage(course, '2004', player(), options.scorm2004Schemas));
    case 'cmi5':
      return zipFile('cmi5', cmi5Package(course, player()));
    case 'qti21':
      return zipFile('qti21', qtiPackage(course, '2.1'));
    case 'qti30':
      return zipFile('qti30', qtiPackage(course, '3.0'));
    case 'moodle':
      return {
        filename: `${base}-moodle.xml`,
        mime: 'application/xml',
        data: utf8(moodleXml(course)),
      };
    case 'gift':
      return {
        filename: `${base}.gift.txt`,
        mime: 'text/plain;charset=utf-8',
        data: utf8(giftText(course)),
      };
  }
}

export function exportResults(format: 'csv-exam', rows: readonly ExamRow[]): ExportFile;
export function exportResults(format: 'csv-sim', rows: readonly SimRow[]): ExportFile;
export function exportResults(
  format: ResultFormat,
  rows: readonly (ExamRow | SimRow)[],
): ExportFile {
  const text = format === 'csv-exam' ? examCsv(rows as ExamRow[]) : simCsv(rows as SimRow[]);
  return { filename: `replylab-${format}.csv`, mime: 'text/csv;charset=utf-8', data: utf8(text) };
}
