/**
 * An exam answer as a SCORM interaction record: the interaction type and the learner response
 * in each edition's own notation (SCORM 2004 4th, RTE 4.2.9; SCORM 1.2, RTE 3.4.2).
 */
import type { QuizResponse } from '../quiz/score';

export type InteractionType = 'true-false' | 'choice' | 'matching' | 'sequencing';

export function interactionType(type: QuizResponse['type']): InteractionType {
  switch (type) {
    case 'truefalse':
      return 'true-false';
    case 'single':
    case 'multiple':
      return 'choice';
    case 'matching':
      return 'matching';
    case 'ordering':
      return 'sequencing';
  }
}

/** Matches as [left, right] pairs, unanswered rows left out. */
const pairs = (matches: Record<string, string | null>) =>
  Object.entries(matches).filter((e): e is [string, string] => typeof e[1] === 'string');

/** SCORM 2004 `cmi.interactions.n.learner_response` ('' when unanswered). */
export function scorm2004Response(r: QuizResponse | undefined): string {
  if (!r) return '';
  switch (r.type) {
    case 'truefalse':
      return r.value === null ? '' : String(r.value);
    case 'single':
      return r.choice ?? '';
    case 'multiple':
      return r.choices.join('[,]');
    case 'matching':
      return pairs(r.matches)
        .map(([a, b]) => `${a}[.]${b}`)
        .join('[,]');
    case 'ordering':
      return r.order.join('[,]');
  }
}

/** SCORM 1.2 `cmi.interactions.n.student_response` ('' when unanswered). */
export function scorm12Response(r: QuizResponse | undefined): string {
  if (!r) return '';
  switch (r.type) {
    case 'truefalse':
      return r.value === null ? '' : r.value ? 't' : 'f';
    case 'single':
      return r.choice ?? '';
    case 'multiple':
      return r.choices.join(',');
    case 'matching':
      return pairs(r.matches)
        .map(([a, b]) => `${a}.${b}`)
        .join(',');
    case 'ordering':
      return r.order.join(',');
  }
}
