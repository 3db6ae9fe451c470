/**
 * Exports the course and quiz bank for learning management systems, or results as CSV.
 *
 *   npm run --silent export -- --format scorm12|scorm2004|cmi5|qti21|qti30|moodle|gift --lang de|en --out PATH
 *       [--pass exam|exam-and-dimensions]   what "passed" means in the SCORM/cmi5 packages
 *   npm run --silent export -- --format csv-exam|csv-sim --in results.json --out PATH
 *
 * results.json: { "exam": [ExamRow…], "simulations": [SimRow…] } (schema: src/lib/export/csv.ts).
 * SCORM zips get the SCORM control XSDs at their root, read from ../shared/schemas when that
 * folder exists; otherwise the package is written without them and a warning is printed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { quizBank } from '../src/lib/quiz';
import { loadLibrary } from '../src/lib/sim/load-node';
import { PASS_RULES, type PassRule } from '../src/lib/export/passing';
import { PASS_MARK } from '../src/lib/vocabulary';
import { buildCourseData } from '../src/lib/export/course-data';
import {
  COURSE_FORMATS,
  PLAYER_FORMATS,
  exportCourse,
  exportResults,
  isCourseFormat,
  RESULT_FORMATS,
  type CourseData,
} from '../src/lib/export';
import { results } from '../src/lib/export/csv';
import type { ZipFiles } from '../src/lib/export/zip';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage: npm run --silent export -- --format ${COURSE_FORMATS.join('|')} --lang de|en --out PATH [--pass ${PASS_RULES.join('|')}]
       npm run --silent export -- --format ${RESULT_FORMATS.join('|')} --in results.json --out PATH`;

/** Reads the lesson files of one language from content/lessons and builds the CourseData. */
export async function readCourse(lang: 'de' | 'en'): Promise<CourseData> {
  const version = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const dir = join(root, 'content/lessons', lang);
  const lessons = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({
      path: `content/lessons/${lang}/${f}`,
      text: readFileSync(join(dir, f), 'utf8'),
    }));
  const scenarios = loadLibrary().flatMap(({ file, loaded }) => {
    if (!loaded.scenario)
      throw new Error(`${file} is not a valid scenario (npm run scenarios:check)`);
    return [loaded.scenario];
  });
  return buildCourseData({ lang, version, lessons, bank: quizBank, scenarios });
}

/** The SCORM control schemas from ../shared/schemas/<folder> (XSD, DTD and licence files). */
export function readSchemas(folder: 'scorm12' | 'scorm2004-4th'): ZipFiles | undefined {
  const dir = resolve(root, '../shared/schemas', folder);
  if (!existsSync(dir)) return undefined;
  const files: ZipFiles = {};
  for (const f of readdirSync(dir)) {
    if (/_all\.xsd$/.test(f)) continue; // the validation driver is not part of a package
    if (/\.(xsd|dtd|txt)$/.test(f)) files[f] = new Uint8Array(readFileSync(join(dir, f)));
  }
  return files;
}

function fail(message: string): never {
  process.stderr.write(`export: ${message}\n${USAGE}\n`);
  process.exit(2);
}

export function parseArgs(argv: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    if (!['--format', '--lang', '--out', '--in', '--pass'].includes(flag))
      fail(`unknown argument "${flag}"`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) fail(`${flag} needs a value`);
    out[flag.slice(2)] = value;
    i++;
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const format = args.format ?? fail('--format is missing');
  const out = args.out ?? fail('--out is missing');
  if (format === 'csv-exam' || format === 'csv-sim') {
    const input = args.in ?? fail(`--in results.json is required for ${format}`);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(input, 'utf8'));
    } catch (error) {
      fail(`cannot read ${input} as JSON: ${(error as Error).message}`);
    }
    const parsed = results.safeParse(json);
    if (!parsed.success) {
      fail(
        `${input} is invalid:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
      );
    }
    const file =
      format === 'csv-exam'
        ? exportResults('csv-exam', parsed.data.exam)
        : exportResults('csv-sim', parsed.data.simulations);
    writeFileSync(out, file.data);
    return;
  }
  if (!isCourseFormat(format)) fail(`unknown format "${format}"`);
  const lang = args.lang ?? fail('--lang de|en is missing');
  if (lang !== 'de' && lang !== 'en') fail(`--lang must be de or en, not "${lang}"`);
  const pass = args.pass ?? 'exam';
  if (!(PASS_RULES as readonly string[]).includes(pass))
    fail(`--pass must be ${PASS_RULES.join(' or ')}, not "${pass}"`);
  const course = await readCourse(lang);
  // exam-and-dimensions: the simulator's "meets the guideline" mark on every dimension.
  const passing: PassRule =
    pass === 'exam' ? { rule: 'exam' } : { rule: 'exam-and-dimensions', minimum: PASS_MARK };
  // The player bundle is loaded only for the formats that carry it (it may need a build).
  const player = PLAYER_FORMATS.includes(format)
    ? (await import('virtual:replylab-player')).default
    : undefined;
  const options: Parameters<typeof exportCourse>[2] = { player, passing };
  if (format === 'scorm12' || format === 'scorm2004') {
    const schemas = readSchemas(format === 'scorm12' ? 'scorm12' : 'scorm2004-4th');
    if (!schemas)
      process.stderr.write(
        'export: warning: ../shared/schemas not found; the SCORM zip carries no XSD files\n',
      );
    options.scorm12Schemas = schemas;
    options.scorm2004Schemas = schemas;
  }
  writeFileSync(out, exportCourse(format, course, options).data);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`export: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
