/**
 * The quiz bank in GIFT (Moodle's plain-text question format). Every GIFT special character
 * (~ = # { } : \) in a text is escaped with a backslash; line breaks become spaces, because a
 * blank line ends a question. Multiple response uses the same weights as Moodle XML; ordering
 * items become matching questions (step → position), as in the Moodle XML export.
 */
import type { CourseData } from './course-data';
import type { LocalisedItem } from '../quiz/localise';
import { t } from '../i18n';
import { shareFraction } from './moodle';

/** Escapes one text for GIFT. */
export function giftEscape(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/-(?=>)/g, '\\-');
}

function question(item: LocalisedItem, course: CourseData): string {
  const title = `::${giftEscape(item.id)}::`;
  const stem = giftEscape(item.prompt);
  switch (item.type) {
    case 'single':
      return `${title}${stem} {\n${item.options
        .map((o) => `\t${o.correct ? '=' : '~'}${giftEscape(o.text)}#${giftEscape(o.feedback)}`)
        .join('\n')}\n}`;
    case 'multiple': {
      const share = shareFraction(item.options.filter((o) => o.correct).length);
      return `${title}${stem} {\n${item.options
        .map(
          (o) =>
            `\t~%${o.correct ? '' : '-'}${share}%${giftEscape(o.text)}#${giftEscape(o.feedback)}`,
        )
        .join('\n')}\n}`;
    }
    case 'truefalse': {
      // GIFT: the first feedback is shown for a wrong answer, the second for a right one.
      const wrong = item.answer ? item.feedback.false : item.feedback.true;
      const right = item.answer ? item.feedback.true : item.feedback.false;
      return `${title}${stem} {${item.answer ? 'TRUE' : 'FALSE'}#${giftEscape(wrong)}#${giftEscape(right)}}`;
    }
    case 'matching':
    case 'ordering': {
      const m = t(course.lang).trainer;
      const pairs =
        item.type === 'matching'
          ? item.pairs.map((p) => [p.left, p.right] as const)
          : item.steps.map((s, i) => [s.text, m.position(i + 1)] as const);
      const why =
        item.type === 'matching'
          ? item.pairs.map((p) => `${p.left} → ${p.right}: ${p.feedback}`)
          : item.steps.map((s, i) => `${i + 1}. ${s.text}: ${s.feedback}`);
      return `${title}${stem} {\n${pairs
        .map(([l, r]) => `\t=${giftEscape(l)} -> ${giftEscape(r)}`)
        .join('\n')}\n\t####${giftEscape(why.join(' | '))}\n}`;
    }
  }
}

/** GIFT text of the whole bank, one $CATEGORY per guideline area. */
export function giftText(course: CourseData): string {
  const out: string[] = [];
  let area = '';
  for (const item of [...course.quiz].sort((a, b) =>
    a.area < b.area ? -1 : a.area > b.area ? 1 : 0,
  )) {
    if (item.area !== area) {
      area = item.area;
      out.push(`$CATEGORY: $course$/top/ReplyLab ${course.version} (${course.lang})/${area}`);
    }
    out.push(question(item, course));
  }
  return `${out.join('\n\n')}\n`;
}
