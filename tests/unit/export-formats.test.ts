// Every export format checked by a third-party validator, and each validator shown to reject a
// deliberately broken export. XSD checks use xmllint --nonet with the schemas in ../shared/schemas
// (skipped with a reason only when that folder or xmllint is absent).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import validateStatement from '@learninglocker/xapi-validation';
import { parse as parseGift } from 'gift-pegjs';
import player from 'virtual:replylab-player';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCourse, readSchemas } from '../../scripts/export';
import { COURSE_FORMATS, exportCourse, type CourseData } from '../../src/lib/export';
import { examCsv, simCsv, type ExamRow, type SimRow } from '../../src/lib/export/csv';
import { giftText } from '../../src/lib/export/gift';
import { MOODLE_FRACTIONS, moodleXml } from '../../src/lib/export/moodle';
import { itemPath, qtiItem, qtiManifest } from '../../src/lib/export/qti';
import { cmi5Xml, scorm12Manifest, scorm2004Manifest } from '../../src/lib/export/scorm';
import { cmi5Statement, EXT, type Cmi5Verb } from '../../src/lib/export/statements';
import { encodeSuspend } from '../../src/lib/export/suspend';
import { unzip } from '../../src/lib/export/zip';
import type { QuizResponse } from '../../src/lib/quiz/score';

const SCHEMAS = resolve(__dirname, '../../../shared/schemas');
const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const canValidate = existsSync(SCHEMAS) && hasXmllint;
const skipReason = !existsSync(SCHEMAS)
  ? '../shared/schemas is absent (checkout outside the project CI)'
  : 'xmllint is not installed (apt-get install libxml2-utils)';

const dir = mkdtempSync(join(tmpdir(), 'replylab-export-'));
let n = 0;
/** Runs xmllint --nonet --schema; returns [ok, output]. */
function xmllint(schema: string, xml: string | string[], catalog?: string): [boolean, string] {
  const files = (Array.isArray(xml) ? xml : [xml]).map((text) => {
    const file = join(dir, `f${n++}.xml`);
    writeFileSync(file, text);
    return file;
  });
  try {
    const out = execFileSync(
      'xmllint',
      ['--nonet', '--noout', '--schema', join(SCHEMAS, schema), ...files],
      {
        env: { ...process.env, ...(catalog ? { XML_CATALOG_FILES: join(SCHEMAS, catalog) } : {}) },
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      },
    );
    return [true, out];
  } catch (error) {
    return [false, String((error as { stderr?: string }).stderr ?? error)];
  }
}

let de: CourseData;
let en: CourseData;
beforeAll(async () => {
  [de, en] = await Promise.all([readCourse('de'), readCourse('en')]);
}, 30_000);

describe.skipIf(!canValidate)(
  canValidate ? 'XSD validation with xmllint' : `XSD validation skipped: ${skipReason}`,
  () => {
    it('SCORM 1.2 manifest validates; a broken one is rejected', () => {
      const manifest = scorm12Manifest(de);
      expect(xmllint('scorm12/scorm12_all.xsd', manifest)).toEqual([true, '']);
      const broken = manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
      expect(xmllint('scorm12/scorm12_all.xsd', broken)[0]).toBe(false);
    });
    it('SCORM 2004 4th manifest validates; a broken one is rejected', () => {
      const manifest = scorm2004Manifest(en);
      expect(xmllint('scorm2004-4th/scorm2004_4th_all.xsd', manifest)[0]).toBe(true);
      const broken = manifest.replace(
        /<organizations default="ORG">/,
        '<organizations default="ORG"><bogus/>',
      );
      expect(xmllint('scorm2004-4th/scorm2004_4th_all.xsd', broken)[0]).toBe(false);
    });
    it('cmi5.xml validates against CourseStructure.xsd; a broken one is rejected', () => {
      const xml = cmi5Xml(de);
      expect(xmllint('cmi5/CourseStructure.xsd', xml)[0]).toBe(true);
      expect(
        xmllint(
          'cmi5/CourseStructure.xsd',
          xml.replace('moveOn="CompletedAndPassed"', 'moveOn="Whenever"'),
        )[0],
      ).toBe(false);
    });
    it('QTI 2.1 manifest and every item validate; a broken item is rejected', () => {
      for (const course of [de, en]) {
        const docs = [
          qtiManifest(course, '2.1'),
          ...course.quiz.map((i) => qtiItem(i, course.lang, '2.1')),
        ];
        const [ok, out] = xmllint('qti21/qti21_package_all.xsd', docs, 'qti21/catalog.xml');
        expect(out, out).toBe('');
        expect(ok).toBe(true);
      }
      const item = qtiItem(de.quiz[0]!, 'de', '2.1').replace(
        'cardinality="single"',
        'cardinality="one"',
      );
      expect(xmllint('qti21/qti21_package_all.xsd', item, 'qti21/catalog.xml')[0]).toBe(false);
      // One xmllint run per item: give a loaded machine time.
    }, 60_000);
    it('QTI 3.0 content package manifest validates; a broken one is rejected', () => {
      const manifest = qtiManifest(en, '3.0');
      expect(xmllint('qti30-cp/qti30_cp_all.xsd', manifest, 'qti30-cp/catalog.xml')[0]).toBe(true);
      const broken = manifest.replace('imsqti_item_xmlv3p0', 'imsqti_item_xmlv2p1');
      expect(xmllint('qti30-cp/qti30_cp_all.xsd', broken, 'qti30-cp/catalog.xml')[0]).toBe(false);
    });
    it('SCORM zips carry the manifest and its schema files at the root', () => {
      const files = unzip(
        exportCourse('scorm12', de, { player, scorm12Schemas: readSchemas('scorm12') }).data,
      );
      for (const f of [
        'imsmanifest.xml',
        'imscp_rootv1p1p2.xsd',
        'adlcp_rootv1p2.xsd',
        'ims_xml.xsd',
        'index.html',
      ])
        expect(Object.keys(files)).toContain(f);
    });
  },
);

describe('Moodle XML', () => {
  it('uses only allowed grade fractions and one question per item', () => {
    const xml = moodleXml(de);
    const fractions = [...xml.matchAll(/fraction="(-?[\d.]+)"/g)].map((m) =>
      m[1]!.replace(/^-/, ''),
    );
    expect(fractions.length).toBeGreaterThan(100);
    for (const f of fractions) expect(MOODLE_FRACTIONS as readonly string[]).toContain(f);
    expect(xml.match(/<question type="(?!category)/g)).toHaveLength(de.quiz.length);
  });
  it.skipIf(!hasXmllint)('is well-formed XML (xmllint); a broken file is rejected', () => {
    const file = join(dir, 'moodle.xml');
    writeFileSync(file, moodleXml(en));
    expect(() =>
      execFileSync('xmllint', ['--nonet', '--noout', file], { stdio: 'pipe' }),
    ).not.toThrow();
    writeFileSync(file, moodleXml(en).replace('</quiz>', ''));
    expect(() =>
      execFileSync('xmllint', ['--nonet', '--noout', file], { stdio: 'pipe' }),
    ).toThrow();
  });
});

describe('GIFT (gift-pegjs)', () => {
  it('parses with one question per item and the keyed answers', () => {
    for (const course of [de, en]) {
      const questions = parseGift(giftText(course)).filter((q) => q.type !== 'Category');
      expect(questions).toHaveLength(course.quiz.length);
      for (const item of course.quiz) {
        const q = questions.find((x) => x.title === item.id) as unknown as Record<string, unknown>;
        expect(q, item.id).toBeDefined();
        if (item.type === 'single') {
          const choices = q.choices as { isCorrect: boolean; text: { text: string } }[];
          const keyed = choices.filter((c) => c.isCorrect).map((c) => c.text.text);
          expect(keyed).toEqual(item.options.filter((o) => o.correct).map((o) => o.text));
        } else if (item.type === 'truefalse') {
          expect(q.isTrue).toBe(item.answer);
        } else if (item.type === 'matching') {
          expect((q.matchPairs as unknown[]).length).toBe(item.pairs.length);
        }
      }
    }
  });
  it('escapes every special character; unescaped text is rejected', () => {
    const tricky: CourseData = {
      ...de,
      quiz: [{ ...de.quiz.find((i) => i.type === 'single')!, prompt: 'A {b} ~c =d #e :f \\g' }],
    };
    const [q] = parseGift(giftText(tricky)).filter((x) => x.type !== 'Category');
    expect((q as unknown as { stem: { text: string } }).stem.text).toBe('A {b} ~c =d #e :f \\g');
    expect(() => parseGift('::x:: A {b} question {=yes ~no}')).toThrow();
  });
});

describe('CSV (csv-parse strict)', () => {
  const exam: ExamRow[] = [
    {
      name: '=HYPERLINK("x")',
      date: '2026-11-23T08:00:00.000Z',
      score: 85,
      passed: true,
      areas: { complaints: 100, trolls: 50 },
      items: [
        { id: 'q-a', points: 1 },
        { id: 'q-b', points: 0.5 },
      ],
    },
    {
      name: 'Müller, "Jo"\nline two',
      date: '2026-11-22T08:00:00.000Z',
      score: 40,
      passed: false,
      areas: {},
      items: [],
    },
  ];
  const sim: SimRow[] = [
    {
      scenario: 'one-star-review',
      ending: 'calm',
      outcome: 'good',
      scores: {
        timing: 90,
        tone: 80,
        empathy: null,
        personalization: 70,
        resolution: 60,
        channel: 100,
      },
      overall: 81,
      date: '2026-11-23T08:00:00.000Z',
    },
  ];
  const strict = {
    bom: true,
    record_delimiter: '\r\n',
    relax_quotes: false,
    relax_column_count: false,
  } as const;
  it('reads back exam and simulator rows with BOM, CRLF and neutralised formulas', () => {
    const text = examCsv(exam);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text, strict) as string[][];
    expect(rows).toHaveLength(3);
    expect(rows[1]![0]).toBe(`'=HYPERLINK("x")`);
    expect(rows[2]![0]).toBe('Müller, "Jo"\nline two');
    expect(rows[1]!.at(-1)).toBe('q-a:1 q-b:0.5');
    const simRows = parseCsv(simCsv(sim), strict) as string[][];
    expect(simRows[0]).toEqual([
      'scenario',
      'ending',
      'outcome',
      'timing',
      'tone',
      'empathy',
      'personalization',
      'resolution',
      'channel',
      'overall',
      'date',
    ]);
    expect(simRows[1]![5]).toBe('');
  });
  it('a broken CSV (unescaped quote, ragged row) is rejected', () => {
    const broken = examCsv(exam).replace('"Müller, ""Jo""', 'Müller, "Jo"');
    expect(() => {
      parseCsv(broken, strict);
    }).toThrow();
  });
});

describe('cmi5 statements (@learninglocker/xapi-validation)', () => {
  const launch = {
    actor: { name: 'Trainee', account: { homePage: 'https://lms.example.org', name: 't-1' } },
    registration: 'ec231277-b27b-4c15-8291-d29225b2b8f7',
    activityId: 'https://replylab.example/xapi/course/de/0.1.0/au',
    sessionId: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
  };
  const verbs: Cmi5Verb[] = ['initialized', 'completed', 'passed', 'failed', 'terminated'];
  it('every cmi5-defined statement is valid, with area and simulation extensions', () => {
    for (const verb of verbs) {
      const statement = cmi5Statement(verb, launch, {
        id: '0f5c5e1a-3c2b-4d8e-9a7b-1c2d3e4f5a6b',
        timestamp: '2026-11-23T08:00:00.000Z',
        result: {
          percent: 85,
          duration: 'PT12M3.5S',
          areas: { complaints: 100 },
          simulations: { 'one-star-review': { tone: 80, empathy: null, overall: 81 } },
        },
      });
      expect(validateStatement(statement), verb).toEqual([]);
      if (verb === 'passed') expect(JSON.stringify(statement)).toContain(EXT.simulationScores);
    }
  });
  it('a broken statement is rejected', () => {
    const statement = cmi5Statement(
      'passed',
      { ...launch, registration: 'not-a-uuid' },
      { id: 'x', timestamp: 'yesterday', result: { percent: 8500 } },
    );
    expect(validateStatement(statement).length).toBeGreaterThan(0);
  });
});

describe('budgets', () => {
  it('every course export takes at most 5 s; the SCORM zip is at most 3 MB', () => {
    for (const format of COURSE_FORMATS) {
      const start = performance.now();
      const file = exportCourse(format, de, {
        player,
        scorm12Schemas: readSchemas('scorm12'),
        scorm2004Schemas: readSchemas('scorm2004-4th'),
      });
      expect(performance.now() - start, format).toBeLessThan(5000);
      if (format.startsWith('scorm')) expect(file.data.length).toBeLessThan(3 * 1024 * 1024);
    }
  });
  it('the longest possible suspend_data stays under 4,096 characters (SCORM 1.2)', () => {
    for (const course of [de, en]) {
      // Every lesson read, every exam item answered with the most it can hold.
      const responses = course.exam.itemIds.map((id): QuizResponse => {
        const item = course.quiz.find((q) => q.id === id)!;
        switch (item.type) {
          case 'multiple':
            return { type: 'multiple', choices: item.options.map((o) => o.id) };
          case 'matching':
            return {
              type: 'matching',
              matches: Object.fromEntries(item.pairs.map((p) => [p.id, p.id])),
            };
          case 'ordering':
            return { type: 'ordering', order: item.steps.map((s) => s.id) };
          case 'single':
            return { type: 'single', choice: item.options.at(-1)!.id };
          case 'truefalse':
            return { type: 'truefalse', value: false };
        }
      });
      const text = encodeSuspend({
        lessons: course.lessons.map(() => true),
        responses,
        score: 100,
        // Every scenario of the library played, every dimension scored 100.
        scenarios: course.scenarios.map((sc) => ({
          id: sc.id,
          overall: 100,
          scores: {
            timing: 100,
            tone: 100,
            empathy: 100,
            personalization: 100,
            resolution: 100,
            channel: 100,
          },
        })),
        plays: [],
      });
      expect(course.scenarios.length).toBeGreaterThan(10);
      console.log(`suspend_data worst case (${course.lang}): ${text.length} characters`);
      expect(text.length).toBeLessThan(4096);
    }
  });
  it('item files in the QTI package follow the manifest', () => {
    const files = unzip(exportCourse('qti30', en).data);
    expect(Object.keys(files)).toContain(itemPath(en.quiz[0]!.id));
    expect(Object.keys(files)).toHaveLength(en.quiz.length + 1);
  });
});
