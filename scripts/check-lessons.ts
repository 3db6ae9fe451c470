/**
 * Checks every lesson in content/lessons against its schema and the guideline catalogue.
 * Usage: npm run lessons:check
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guidelines } from '../src/lib/guidelines/index.ts';
import { validateCourse, type LessonSource } from '../src/lib/lessons/validate.ts';

const root = 'content/lessons';
const sources: LessonSource[] = [];
for (const lang of ['de', 'en'] as const) {
  for (const file of readdirSync(join(root, lang))
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const path = join(root, lang, file);
    sources.push({ path, lang, text: readFileSync(path, 'utf8') });
  }
}
const errors = validateCourse(sources, guidelines);
if (errors.length > 0) {
  console.error(
    `${errors.length} problem(s) in the lessons:\n${errors.map((e) => `  - ${e}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`${sources.length} lesson files OK; all ${guidelines.length} guidelines are taught.`);
