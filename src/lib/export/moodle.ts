/**
 * The quiz bank as Moodle XML (question/format/xml): one category per guideline area, then
 * multichoice (single and multiple), truefalse and matching questions; ordering items become
 * matching questions (each step matched to its position), which every Moodle version imports.
 * Texts are HTML-escaped for format="html" and then XML-escaped by the serializer.
 */
import type { CourseData } from './course-data';
import type { LocalisedItem } from '../quiz/localise';
import { t } from '../i18n';
import { el, serialize, type XmlElement } from './tree';
import { esc } from './xml';

/**
 * Moodle accepts only these grade fractions (question/format/xml and the question editor);
 * the multiple-response weights 100/k for k = 1…10 are all among them.
 */
export const MOODLE_FRACTIONS = [
  '100',
  '90',
  '83.33333',
  '80',
  '75',
  '70',
  '66.66667',
  '60',
  '50',
  '40',
  '33.33333',
  '30',
  '25',
  '20',
  '16.66667',
  '14.28571',
  '12.5',
  '11.11111',
  '10',
  '5',
  '0',
] as const;

/** The allowed fraction closest to 100/k (k correct options), as Moodle writes it. */
export function shareFraction(k: number): string {
  const exact = 100 / k;
  const found = MOODLE_FRACTIONS.find((f) => Math.abs(Number(f) - exact) < 0.001);
  if (!found) throw new Error(`no Moodle grade fraction for 1/${k} of the points`);
  return found;
}

const html = (text: string) => el('text', {}, `<p>${esc(text)}</p>`);
const plain = (text: string) => el('text', {}, text);
const feedback = (name: string, text: string) => el(name, { format: 'html' }, html(text));

function header(item: LocalisedItem): XmlElement[] {
  return [
    el('name', {}, plain(item.id)),
    el('questiontext', { format: 'html' }, html(item.prompt)),
    el('defaultgrade', {}, '1'),
    el('penalty', {}, '0'),
    el('hidden', {}, '0'),
    el('idnumber', {}, item.id),
  ];
}

function answer(fraction: string, text: string, fb: string): XmlElement {
  return el('answer', { fraction, format: 'html' }, html(text), feedback('feedback', fb));
}

function question(item: LocalisedItem, course: CourseData): XmlElement {
  const m = t(course.lang).trainer;
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const keyed = item.options.filter((o) => o.correct).length;
      const share = shareFraction(keyed);
      return el(
        'question',
        { type: 'multichoice' },
        header(item),
        el('single', {}, item.type === 'single' ? 'true' : 'false'),
        el('shuffleanswers', {}, 'true'),
        el('answernumbering', {}, 'abc'),
        item.options.map((o) =>
          answer(
            o.correct ? share : item.type === 'single' ? '0' : `-${share}`,
            o.text,
            o.feedback,
          ),
        ),
      );
    }
    case 'truefalse':
      return el(
        'question',
        { type: 'truefalse' },
        header(item),
        el(
          'answer',
          { fraction: item.answer ? '100' : '0', format: 'moodle_auto_format' },
          plain('true'),
          feedback('feedback', item.feedback.true),
        ),
        el(
          'answer',
          { fraction: item.answer ? '0' : '100', format: 'moodle_auto_format' },
          plain('false'),
          feedback('feedback', item.feedback.false),
        ),
      );
    case 'matching':
    case 'ordering': {
      const pairs =
        item.type === 'matching'
          ? item.pairs.map((p) => ({
              left: p.left,
              right: p.right,
              why: `${p.left} → ${p.right}: ${p.feedback}`,
            }))
          : item.steps.map((s, i) => ({
              left: s.text,
              right: m.position(i + 1),
              why: `${i + 1}. ${s.text}: ${s.feedback}`,
            }));
      const general = `<ul>${pairs.map((p) => `<li>${esc(p.why)}</li>`).join('')}</ul>`;
      return el(
        'question',
        { type: 'matching' },
        header(item),
        el('generalfeedback', { format: 'html' }, el('text', {}, general)),
        el('shuffleanswers', {}, 'true'),
        pairs.map((p) =>
          el('subquestion', { format: 'html' }, html(p.left), el('answer', {}, plain(p.right))),
        ),
      );
    }
  }
}

/** Moodle XML of the whole bank, one category per guideline area. */
export function moodleXml(course: CourseData): string {
  const questions: XmlElement[] = [];
  let area = '';
  for (const item of [...course.quiz].sort((a, b) =>
    a.area < b.area ? -1 : a.area > b.area ? 1 : 0,
  )) {
    if (item.area !== area) {
      area = item.area;
      questions.push(
        el(
          'question',
          { type: 'category' },
          el(
            'category',
            {},
            plain(`$course$/top/ReplyLab ${course.version} (${course.lang})/${area}`),
          ),
        ),
      );
    }
    questions.push(question(item, course));
  }
  return serialize(el('quiz', {}, questions));
}
