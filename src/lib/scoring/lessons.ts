/**
 * Guideline id → lesson id for the guidelines the scorer cites. A copy of the `lesson`
 * fields of content/guidelines.yaml, kept here so the browser bundle of the scorer does
 * not carry the YAML parser and zod; tests/unit/scoring-rules.test.ts fails as soon as
 * it drifts from the catalogue.
 */
export const GUIDELINE_LESSONS: Readonly<Record<string, string>> = {
  'complaint.respond-calmly': 'complaints',
  'complaint.reply-within-24h': 'complaints',
  'complaint.stay-professional': 'complaints',
  'complaint.no-irony-sarcasm': 'complaints',
  'complaint.show-understanding': 'complaints',
  'complaint.offer-private-channel': 'complaints',
  'complaint.take-seriously': 'complaints',
  'complaint.never-ignore': 'complaints',
  'complaint.never-delete': 'complaints',
  'complaint.admit-and-apologise': 'complaints',
  'complaint.solve-and-explain-steps': 'complaints',
  'complaint.correct-unjustified': 'trolls-criticism',
  'complaint.tell-good-from-bad': 'trolls-criticism',
  'troll.dont-feed': 'trolls-criticism',
  'troll.hide-rule-breakers': 'trolls-criticism',
  'question.reply-within-1h': 'questions',
  'question.reply-within-24h': 'questions',
  'question.status-update': 'questions',
  'question.answer-in-thread': 'questions',
  'question.plain-language': 'questions',
  'praise.thank-briefly': 'praise',
  'praise.no-standard-text': 'praise',
  'praise.use-name-and-remark': 'praise',
  'praise.sign-own-name': 'praise',
  'praise.no-pushing': 'praise',
  'praise.reply-within-2-days': 'praise',
  'channel.personal-data-private': 'channels',
  'channel.stay-on-own-profile': 'channels',
};
