/**
 * The certification key on the trainer's side: writing the key file (build and export), reading
 * it back, and scoring a trainee's answers file with it. Pure; the trainer page and the command
 * line share it.
 */
import { drawExam } from '../quiz/draw';
import { summariseExam, type AreaScore } from '../quiz/result';
import { PASS_MARK, type QuizResponse } from '../quiz/score';
import { quizItem, type QuizItem } from '../quiz/schema';
import {
  answersFile,
  explainIssues,
  keyFile,
  KEY_FORMAT,
  type AnswersFile,
  type KeyFile,
} from './formats';
import { bankId, bankSecret, sourceResponse } from './public';

/** Items per certification exam and minutes allowed (as on the exam page). */
export const CERTIFICATION_SIZE = 20;
export const CERTIFICATION_MINUTES = 30;
/** Lateness forgiven when an answers file is handed in (clock skew, the auto-submit tick). */
const GRACE_MS = 2 * 60_000;

export interface AreaItem {
  area: string;
  item: QuizItem;
}

/** The certification items of a bank, in bank order, with their areas. */
export function certificationItems(
  bank: readonly QuizItem[],
  areaOf: (item: QuizItem) => string,
): AreaItem[] {
  return bank
    .filter((i) => i.use === 'certification')
    .map((item) => ({ area: areaOf(item), item }));
}

/** The secret and public id of a certification bank. */
export function bankOf(items: readonly AreaItem[]): { secret: string; bank: string } {
  // Normalised, so the order of keys in the objects given does not matter.
  const secret = bankSecret(items.map((i) => [i.area, i.item]));
  return { secret, bank: bankId(secret) };
}

/**
 * The key file of a bank (kept by the trainer, never published with the site): every item of
 * the bank with its area, so the trainer page can also export the whole bank for an LMS; the
 * secret and bank id are those of the certification items.
 */
export function buildKeyFile(all: readonly AreaItem[], courseVersion: string): KeyFile {
  const items = all.filter((i) => i.item.use === 'certification');
  const { secret, bank } = bankOf(items);
  return {
    format: KEY_FORMAT,
    version: 1,
    bank,
    secret,
    courseVersion,
    size: CERTIFICATION_SIZE,
    minutes: CERTIFICATION_MINUTES,
    passMark: PASS_MARK,
    items: all.map((i) => ({ area: i.area, item: i.item })),
  };
}

export interface LoadedKey extends Omit<KeyFile, 'items'> {
  /** The certification items (bank order). */
  items: AreaItem[];
  /** Every item of the file, practice ones included (bank order). */
  all: AreaItem[];
}

/** Reads a key file; says what is wrong instead of throwing. */
export function readKeyFile(json: unknown): { key: LoadedKey } | { error: string } {
  const parsed = keyFile.safeParse(json);
  if (!parsed.success) return { error: `not an exam key file (${explainIssues(parsed.error)})` };
  const all: AreaItem[] = [];
  for (const [i, entry] of parsed.data.items.entries()) {
    const item = quizItem.safeParse(entry.item);
    if (!item.success) return { error: `item ${i + 1}: ${explainIssues(item.error)}` };
    all.push({ area: entry.area, item: item.data });
  }
  const items = all.filter((i) => i.item.use === 'certification');
  const { secret, bank } = bankOf(items);
  if (secret !== parsed.data.secret || bank !== parsed.data.bank)
    return {
      error: 'the key file was changed after it was written (its items do not match its secret)',
    };
  return { key: { ...parsed.data, items, all } };
}

export interface ScoredAnswers {
  name: string;
  lang: 'de' | 'en';
  /** When the answers were handed in (epoch ms). */
  finishedAt: number;
  percent: number;
  passed: boolean;
  areas: AreaScore[];
  /** Why the attempt cannot be certified (empty when it can). */
  problems: string[];
}

/**
 * Scores an answers file with the key. An attempt is certifiable only when it belongs to this
 * bank, holds exactly the items its seed draws, and was handed in within the time.
 */
export function scoreAnswers(
  key: LoadedKey,
  json: unknown,
  lessonOf: Readonly<Record<string, string>> = {},
): ScoredAnswers | { error: string } {
  const parsed = answersFile.safeParse(json);
  if (!parsed.success) return { error: `not an answers file (${explainIssues(parsed.error)})` };
  const a: AnswersFile = parsed.data;
  if (a.bank !== key.bank)
    return {
      error: `these answers belong to another exam (${a.bank}, the key is for ${key.bank})`,
    };
  const problems: string[] = [];
  const drawn = drawExam(
    key.items.map((i) => ({ id: i.item.id, area: i.area })),
    (i) => i.area,
    { size: key.size, seed: a.seed },
  ).map((i) => i.id);
  if (drawn.join() !== a.itemIds.join())
    problems.push('the questions are not the ones the exam drew for this attempt');
  const limit = key.minutes * 60_000 + GRACE_MS;
  if (!(
    a.startedAt <= a.finishedAt &&
    a.finishedAt - a.startedAt <= limit &&
    a.deadline - a.startedAt <= limit
  ))
    problems.push(`the answers were handed in after the ${key.minutes} minutes`);
  const byId = new Map(key.items.map((i) => [i.item.id, i]));
  const items = a.itemIds.flatMap((id) => {
    const entry = byId.get(id);
    return entry ? [{ ...entry.item, area: entry.area }] : [];
  });
  const responses: Record<string, QuizResponse> = {};
  for (const item of items) {
    const r = Object.hasOwn(a.responses, item.id) ? a.responses[item.id] : undefined;
    if (r) responses[item.id] = sourceResponse(item, r, key.secret);
  }
  // Missing or foreign items count as wrong: the summary is over the drawn exam size.
  const summary = summariseExam(items, responses, lessonOf);
  const percent = Math.floor(
    (summary.percent * items.length) / Math.max(key.size, a.itemIds.length, 1),
  );
  return {
    name: a.name,
    lang: a.lang,
    finishedAt: a.finishedAt,
    percent,
    passed: problems.length === 0 && percent >= key.passMark,
    areas: summary.areas,
    problems,
  };
}
