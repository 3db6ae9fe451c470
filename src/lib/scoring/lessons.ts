/**
 * The lesson of a guideline the scorer cites, as content/guidelines.yaml assigns it: the
 * lesson on the guideline's kind ("question.…" → questions), except the two complaint
 * guidelines on unjustified criticism, which belong to the lesson on trolls and criticism.
 * Derived rather than copied, so the browser bundle of the scorer carries neither the YAML
 * parser nor a table; tests/unit/scoring-rules.test.ts checks it against the YAML for every
 * guideline the scorer cites.
 */
const BY_KIND: Readonly<Record<string, string>> = {
  complaint: 'complaints',
  question: 'questions',
  praise: 'praise',
  troll: 'trolls-criticism',
  channel: 'channels',
};
const CRITICISM = new Set(['complaint.correct-unjustified', 'complaint.tell-good-from-bad']);

export function lessonOf(guideline: string): string {
  if (CRITICISM.has(guideline)) return 'trolls-criticism';
  return BY_KIND[guideline.slice(0, guideline.indexOf('.'))] ?? '';
}
