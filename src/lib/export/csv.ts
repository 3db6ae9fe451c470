/**
 * Exam and simulator results as CSV: UTF-8 with BOM (so spreadsheet programs detect the
 * encoding), CRLF line ends, RFC 4180 quoting, and every cell that starts with = + - @ (also full-width,
 * also behind blanks or invisible characters), tab or CR neutralised with a leading apostrophe
 * (CSV/formula injection: names are typed by trainees).
 *
 * Row types are plain data; `results` is the zod schema of the command line's --in file.
 */
import { z } from 'zod';
import { AREAS } from '../guidelines/schema';
import { CRITERIA } from '../vocabulary';
import { csvFile } from './csv-cell';

export { csvCell, csvFile } from './csv-cell';

const score = z.number().min(0).max(100);

/** One finished certification-exam attempt. */
export const examRow = z.strictObject({
  /** The trainee's name as typed before the exam. */
  name: z.string().max(200),
  /** When the attempt ended, ISO 8601. */
  date: z.string().refine((d) => !Number.isNaN(Date.parse(d)), 'use an ISO 8601 date'),
  /** Overall score in percent, 0-100. */
  score,
  /** Whether the pass mark was reached. */
  passed: z.boolean(),
  /** Score per guideline area (0-100); areas without items are left out. */
  areas: z.partialRecord(z.enum(AREAS), score),
  /** Every item of the attempt with the points earned (0-1). */
  items: z.array(z.strictObject({ id: z.string().min(1), points: z.number().min(0).max(1) })),
});
export type ExamRow = z.infer<typeof examRow>;

/** One finished simulator attempt. */
export const simRow = z.strictObject({
  /** Scenario id (scenarios/<id>.yaml). */
  scenario: z.string().min(1),
  /** Id of the ending reached. */
  ending: z.string().min(1),
  /** How the ending counts. */
  outcome: z.enum(['good', 'neutral', 'bad']),
  /** The six dimension scores, 0-100, null when a dimension did not apply. */
  scores: z.strictObject(
    Object.fromEntries(CRITERIA.map((c) => [c, score.nullable()])) as Record<
      (typeof CRITERIA)[number],
      z.ZodNullable<typeof score>
    >,
  ),
  /** Overall score 0-100. */
  overall: score,
  /** When the attempt ended, ISO 8601. */
  date: z.string().refine((d) => !Number.isNaN(Date.parse(d)), 'use an ISO 8601 date'),
});
export type SimRow = z.infer<typeof simRow>;

/** The --in file of `npm run export -- --format csv-exam|csv-sim`. */
export const results = z.strictObject({
  /** Exam attempts (for csv-exam). */
  exam: z.array(examRow).default([]),
  /** Simulator attempts (for csv-sim). */
  simulations: z.array(simRow).default([]),
});
export type Results = z.infer<typeof results>;

export const EXAM_HEADER = [
  'name',
  'date',
  'score',
  'passed',
  ...AREAS.map((a) => `area_${a}`),
  'items',
] as const;

export function examCsv(rows: readonly ExamRow[]): string {
  return csvFile(
    EXAM_HEADER,
    rows.map((r) => [
      r.name,
      r.date,
      r.score,
      r.passed ? 'yes' : 'no',
      ...AREAS.map((a) => r.areas[a] ?? ''),
      r.items.map((i) => `${i.id}:${Math.round(i.points * 100) / 100}`).join(' '),
    ]),
  );
}

export const SIM_HEADER = [
  'scenario',
  'ending',
  'outcome',
  ...CRITERIA,
  'overall',
  'date',
] as const;

export function simCsv(rows: readonly SimRow[]): string {
  return csvFile(
    SIM_HEADER,
    rows.map((r) => [
      r.scenario,
      r.ending,
      r.outcome,
      ...CRITERIA.map((c) => r.scores[c] ?? ''),
      r.overall,
      r.date,
    ]),
  );
}

/** What the exam store keeps per finished attempt (structural, so src/lib stays store-free). */
export interface StoredExamAttempt {
  name: string;
  finishedAt: number;
  percent: number;
  passed: boolean;
  areas: { area: string; percent: number }[];
  itemIds: string[];
  /** Points per item id (0-1), computed by the caller with the quiz scoring. */
  points?: Record<string, number>;
}

export function examRowsFromAttempts(attempts: readonly StoredExamAttempt[]): ExamRow[] {
  return attempts.map((a) => ({
    name: a.name,
    date: new Date(a.finishedAt).toISOString(),
    score: a.percent,
    passed: a.passed,
    areas: Object.fromEntries(
      a.areas
        .filter((x) => (AREAS as readonly string[]).includes(x.area))
        .map((x) => [x.area, x.percent]),
    ),
    items: a.itemIds.map((id) => ({ id, points: a.points?.[id] ?? 0 })),
  }));
}

/** What the attempts store keeps per scenario (structural). */
export interface StoredSimAttempt {
  date: string;
  ending: string;
  outcome: 'good' | 'neutral' | 'bad';
  overall: number;
  scores: Record<string, number | null>;
}

export function simRowsFromAttempts(
  scenarios: Record<string, { attempts: readonly StoredSimAttempt[] }>,
): SimRow[] {
  return Object.entries(scenarios).flatMap(([scenario, record]) =>
    record.attempts.map((a) => ({
      scenario,
      ending: a.ending,
      outcome: a.outcome,
      scores: Object.fromEntries(CRITERIA.map((c) => [c, a.scores[c] ?? null])) as SimRow['scores'],
      overall: a.overall,
      date: a.date,
    })),
  );
}
