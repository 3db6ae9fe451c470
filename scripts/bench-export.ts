/**
 * Export budget check: times every export of the full course and bank in both languages and
 * prints the file sizes. Budgets: every export ≤ 5 s, SCORM zip ≤ 2 MB. Exits 1 when over.
 */
import { COURSE_FORMATS, exportCourse } from '../src/lib/export';
import { readCourse, readSchemas } from './export';
import player from 'virtual:replylab-player';

let over = false;
for (const lang of ['de', 'en'] as const) {
  const start = performance.now();
  const course = await readCourse(lang);
  const build = performance.now() - start;
  console.log(`${lang}: course data (MDX + bank) ${build.toFixed(0)} ms`);
  for (const format of COURSE_FORMATS) {
    const t0 = performance.now();
    const file = exportCourse(format, course, {
      player,
      scorm12Schemas: readSchemas('scorm12'),
      scorm2004Schemas: readSchemas('scorm2004-4th'),
    });
    const ms = performance.now() - t0 + build;
    const kb = file.data.length / 1024;
    const bad = ms > 5000 || (format.startsWith('scorm') && file.data.length > 2 * 1024 * 1024);
    over ||= bad;
    console.log(
      `  ${format.padEnd(10)} ${ms.toFixed(0).padStart(6)} ms (incl. course data)  ${kb.toFixed(1).padStart(8)} KB${bad ? '  OVER BUDGET' : ''}`,
    );
  }
}
if (over) process.exit(1);
