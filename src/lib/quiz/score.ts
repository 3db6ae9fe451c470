/**
 * Scoring of one answer. Partial credit (points between 0 and 1), so a nearly right answer to a
 * hard item counts for something while only a fully right one is "correct":
 * - single, truefalse: 1 or 0.
 * - multiple: (right choices − wrong choices) / number of correct options, floored at 0 – so
 *   ticking every box earns nothing, and one wrong tick cancels one right one.
 * - matching: share of left-hand sides given their correct right-hand side.
 * - ordering: share of step pairs standing in the correct relative order (a single swap of
 *   neighbours loses one pair only; the reversed list earns 0). Missing steps count as wrong.
 * `correct` is true only when points are 1.
 */

/** A learner's answer; `null`/empty means unanswered, which scores 0. */
export type QuizResponse =
  | { type: 'single'; choice: string | null }
  | { type: 'multiple'; choices: string[] }
  | { type: 'truefalse'; value: boolean | null }
  /** For each pair id on the left, the pair id whose right-hand side the learner chose. */
  | { type: 'matching'; matches: Record<string, string | null> }
  /** Step ids in the learner's order. */
  | { type: 'ordering'; order: string[] };

/** The keys of an item, shared by bank items and localised items. */
export type ScorableItem =
  | { type: 'single' | 'multiple'; options: readonly { id: string; correct: boolean }[] }
  | { type: 'truefalse'; answer: boolean }
  | { type: 'matching'; pairs: readonly { id: string }[] }
  | { type: 'ordering'; steps: readonly { id: string }[] };

export interface ScoreResult {
  correct: boolean;
  /** 0..1 */
  points: number;
}

function result(points: number): ScoreResult {
  const clamped = Math.max(0, Math.min(1, points));
  return { correct: clamped === 1, points: clamped };
}

export function scoreResponse(
  item: ScorableItem,
  response: QuizResponse | null | undefined,
): ScoreResult {
  if (!response || response.type !== item.type) return result(0);
  switch (item.type) {
    case 'single': {
      const r = response as Extract<QuizResponse, { type: 'single' }>;
      return result(item.options.some((o) => o.correct && o.id === r.choice) ? 1 : 0);
    }
    case 'multiple': {
      const r = response as Extract<QuizResponse, { type: 'multiple' }>;
      const chosen = new Set(r.choices);
      const keyed = item.options.filter((o) => o.correct);
      const right = keyed.filter((o) => chosen.has(o.id)).length;
      const wrong = item.options.filter((o) => !o.correct && chosen.has(o.id)).length;
      return result(keyed.length ? (right - wrong) / keyed.length : 0);
    }
    case 'truefalse': {
      const r = response as Extract<QuizResponse, { type: 'truefalse' }>;
      return result(r.value === item.answer ? 1 : 0);
    }
    case 'matching': {
      const r = response as Extract<QuizResponse, { type: 'matching' }>;
      const hits = item.pairs.filter((p) => r.matches[p.id] === p.id).length;
      return result(item.pairs.length ? hits / item.pairs.length : 0);
    }
    case 'ordering': {
      const r = response as Extract<QuizResponse, { type: 'ordering' }>;
      const ids = item.steps.map((s) => s.id);
      const position = new Map<string, number>();
      r.order.forEach((id, i) => {
        if (!position.has(id)) position.set(id, i);
      });
      let good = 0;
      let total = 0;
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          total++;
          const a = position.get(ids[i]!);
          const b = position.get(ids[j]!);
          if (a !== undefined && b !== undefined && a < b) good++;
        }
      }
      return result(total ? good / total : 0);
    }
  }
}

/** Whole-exam percentage (0..100, rounded down to an integer so 79.9 never shows as a pass). */
export function examPercent(points: readonly number[]): number {
  if (!points.length) return 0;
  const sum = points.reduce((a, b) => a + b, 0);
  return Math.floor((sum / points.length) * 100 + 1e-9);
}

/** Pass mark of the certification exam, in percent. */
export const PASS_MARK = 80;

/** The fully correct answer of an item (for answer review, the tests and the exports). */
export function keyedResponse(item: ScorableItem): QuizResponse {
  switch (item.type) {
    case 'single':
      return { type: 'single', choice: item.options.find((o) => o.correct)?.id ?? null };
    case 'multiple':
      return { type: 'multiple', choices: item.options.filter((o) => o.correct).map((o) => o.id) };
    case 'truefalse':
      return { type: 'truefalse', value: item.answer };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(item.pairs.map((p) => [p.id, p.id])) };
    case 'ordering':
      return { type: 'ordering', order: item.steps.map((s) => s.id) };
  }
}
