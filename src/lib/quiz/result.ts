// The result of a finished exam: overall percentage, pass/fail, the score per guideline area and
// the lessons to revisit. Pure and import-free apart from scoring, so the island can bundle it.
import {
  examPercent,
  PASS_MARK,
  scoreResponse,
  type QuizResponse,
  type ScorableItem,
} from './score';

export interface AreaScore {
  area: string;
  items: number;
  /** 0..100, rounded down. */
  percent: number;
}

export interface ExamSummary {
  percent: number;
  passed: boolean;
  /** Per area, in the order areas first appear in `areaOrder` (or in the exam). */
  areas: AreaScore[];
  /** Lesson ids teaching a guideline of any item not answered fully right, without repeats. */
  revisit: string[];
  /** Points per item id (0..1). */
  points: Record<string, number>;
}

export type SummarisableItem = ScorableItem & {
  id: string;
  area: string;
  guidelines: readonly string[];
};

export function summariseExam(
  items: readonly SummarisableItem[],
  responses: Readonly<Record<string, QuizResponse | undefined>>,
  /** Guideline id → lesson id (from content/guidelines.yaml). */
  lessonOf: Readonly<Record<string, string>>,
  areaOrder: readonly string[] = [],
): ExamSummary {
  const points: Record<string, number> = {};
  const byArea = new Map<string, number[]>();
  const revisit: string[] = [];
  for (const area of areaOrder) byArea.set(area, []);
  for (const item of items) {
    const { points: p } = scoreResponse(item, responses[item.id]);
    points[item.id] = p;
    if (!byArea.has(item.area)) byArea.set(item.area, []);
    byArea.get(item.area)!.push(p);
    if (p < 1) {
      for (const g of item.guidelines) {
        const lesson = lessonOf[g];
        if (lesson && !revisit.includes(lesson)) revisit.push(lesson);
      }
    }
  }
  const percent = examPercent(items.map((i) => points[i.id] ?? 0));
  const areas = [...byArea]
    .filter(([, list]) => list.length > 0)
    .map(([area, list]) => ({ area, items: list.length, percent: examPercent(list) }));
  return { percent, passed: percent >= PASS_MARK, areas, revisit, points };
}
