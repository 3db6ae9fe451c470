/** The grade fractions (percent) Moodle accepts for an answer, besides their negatives. */
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

/** Whether a fraction string is on Moodle's list (or the negative of an entry). */
export function isMoodleFraction(value: string): boolean {
  const abs = value.startsWith('-') ? value.slice(1) : value;
  return (MOODLE_FRACTIONS as readonly string[]).includes(abs);
}

/**
 * Fractions for a multiple-answer item with `correct` keyed options: each right option shares
 * 100 %, each wrong one costs all of it (Moodle clamps the sum at 0), so only the complete
 * right set scores full marks — as in the course's own exam.
 */
export function multiFractions(correct: number): { right: string; wrong: string } {
  const right = MOODLE_FRACTIONS.find((f) => Math.abs(Number(f) * correct - 100) < 0.001);
  if (!right) throw new Error(`no Moodle grade fraction splits 100 % into ${correct} parts`);
  return { right, wrong: '-100' };
}
