// The certification quiz bank: every file of content/quiz/ validated and merged, plus the pure
// helpers the exam, the exports and the tests share. Each area file is imported explicitly
// because the command-line `?raw` loader (scripts/raw-import.mjs) cannot follow import.meta.glob.
import strategy from '../../../content/quiz/strategy.yaml?raw';
import complaints from '../../../content/quiz/complaints.yaml?raw';
import trolls from '../../../content/quiz/trolls.yaml?raw';
import questions from '../../../content/quiz/questions.yaml?raw';
import praise from '../../../content/quiz/praise.yaml?raw';
import channels from '../../../content/quiz/channels.yaml?raw';
import priorities from '../../../content/quiz/priorities.yaml?raw';
import type { Area } from '../guidelines';
import { loadQuizBank, type QuizSource } from './validate';
import type { QuizItem } from './schema';

export type { QuizItem, QuizItemType } from './schema';
export { loadQuizBank, checkQuizBank, itemProblems, type QuizSource } from './validate';
export * from './localise';
export * from './score';
export { seededRandom, shuffle, type DrawOptions } from './draw';
export * from './present';
export * from './result';
import { drawExam as drawBalanced, type DrawOptions } from './draw';
import { itemArea } from './localise';

/**
 * Draws a certification exam from bank items (areas from their first guideline); the island
 * uses `drawBalanced` from ./draw with the localised items' `area` to keep the catalogue out of
 * its bundle.
 */
export function drawExam<T extends { id: string; guidelines: readonly string[] }>(
  bank: readonly T[],
  options: DrawOptions,
): T[] {
  return drawBalanced(bank, itemArea, options);
}

const texts: Record<Area, string> = {
  strategy,
  complaints,
  trolls,
  questions,
  praise,
  channels,
  priorities,
};

/** The quiz files in area order, as loadQuizBank reads them. */
export const quizSources: readonly QuizSource[] = Object.entries(texts).map(([area, text]) => ({
  area: area as Area,
  path: `content/quiz/${area}.yaml`,
  text,
}));

/** Every quiz item, validated; importing this module throws if any file is broken. */
export const quizBank: readonly QuizItem[] = loadQuizBank(quizSources);
