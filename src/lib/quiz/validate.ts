import { readYaml } from '../content/yaml';
import { ContentProblems, pathString, zodProblems, type Problem } from '../content/problems';
import { AREAS, getGuideline, type Area } from '../guidelines';
import { quizItem, type QuizItem } from './schema';

/** One quiz file as read from content/quiz/: its area (= file name) and raw YAML text. */
export interface QuizSource {
  area: Area;
  /** Path shown in error messages, e.g. "content/quiz/strategy.yaml". */
  path: string;
  text: string;
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/**
 * Checks the rules the zod schema cannot express per item: correct-option counts, ids unique
 * within the item, known guideline ids, and that the first guideline belongs to the file's area
 * (exam drawing balances areas by it). Returns each problem with the field it sits in, empty when fine.
 */
export interface ItemProblem {
  /** The field inside the item, e.g. ["options"]. */
  field: PropertyKey[];
  message: string;
}

export function itemProblems(item: QuizItem, area: Area): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const add = (field: PropertyKey[], message: string) => problems.push({ field, message });
  for (const id of item.guidelines) {
    if (!getGuideline(id))
      add(
        ['guidelines', item.guidelines.indexOf(id)],
        `unknown guideline id "${id}" (see content/guidelines.yaml)`,
      );
  }
  const first = getGuideline(item.guidelines[0] ?? '');
  if (first && first.area !== area) {
    add(
      ['guidelines', 0],
      `the first guideline "${first.id}" belongs to area "${first.area}", not "${area}" – list a guideline of this file's area first or move the item`,
    );
  }
  if (duplicates(item.guidelines).length) add(['guidelines'], 'an id is listed twice');
  let partIds: string[] = [];
  if (item.type === 'single' || item.type === 'multiple') {
    partIds = item.options.map((o) => o.id);
    const correct = item.options.filter((o) => o.correct).length;
    if (item.type === 'single' && correct !== 1) {
      add(['options'], `a single-choice item needs exactly one correct option, found ${correct}`);
    }
    if (item.type === 'multiple' && (correct < 2 || correct === item.options.length)) {
      add(
        ['options'],
        `a multiple-response item needs at least two correct and one wrong option, found ${correct} of ${item.options.length} correct`,
      );
    }
  } else if (item.type === 'matching') {
    partIds = item.pairs.map((p) => p.id);
    for (const lang of ['de', 'en'] as const) {
      const rights = item.pairs.map((p) => p.right[lang]);
      if (duplicates(rights).length) add(['pairs'], `two right-hand sides read the same (${lang})`);
    }
  } else if (item.type === 'ordering') {
    partIds = item.steps.map((s) => s.id);
  }
  const dup = duplicates(partIds);
  if (dup.length) add([], `ids within the item must be unique: "${dup.join('", "')}" repeats`);
  return problems;
}

/**
 * Parses and validates every quiz file and returns every problem, each naming the file, the
 * item's index and id, the field and the line, so an author can fix them all in one go.
 */
export function checkQuizBank(sources: readonly QuizSource[]): {
  bank: QuizItem[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const bank: QuizItem[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) {
    const file = source.path;
    if (!AREAS.includes(source.area))
      problems.push({
        file,
        path: '',
        message: `unknown area "${source.area}": name the file after one of ${AREAS.join(', ')}`,
      });
    const read = readYaml(source.text);
    if (read.problems.length > 0) {
      for (const p of read.problems)
        problems.push({ file, path: '', line: p.line, message: p.message });
      continue;
    }
    const data = read.value;
    const idAt = (index: PropertyKey | undefined): string => {
      const raw: unknown =
        typeof index === 'number' && Array.isArray(data) ? (data[index] as unknown) : undefined;
      const id = (raw as { id?: unknown } | null | undefined)?.id;
      return typeof id === 'string' ? id : '?';
    };
    if (!Array.isArray(data)) {
      problems.push({
        file,
        path: '',
        line: 1,
        message: 'the file must be a list of items, each starting with "- id: …"',
      });
      continue;
    }
    // Item by item, so one broken item does not hide the bank rules of the others.
    data.forEach((raw: unknown, index) => {
      const at = (field: readonly PropertyKey[]) => ({
        file,
        path: pathString([index, ...field]),
        line: read.lineOf([index, ...field]),
      });
      const result = quizItem.safeParse(raw);
      if (!result.success) {
        for (const p of zodProblems(file, result.error.issues, read.lineOf, raw, [index]))
          problems.push({ ...p, message: `item "${idAt(index)}": ${p.message}` });
        return;
      }
      const item = result.data;
      const other = seen.get(item.id);
      if (other)
        problems.push({
          ...at(['id']),
          message: `item "${item.id}": the id is already used in ${other}; ids must be unique across the bank`,
        });
      seen.set(item.id, file);
      for (const p of itemProblems(item, source.area))
        problems.push({ ...at(p.field), message: `item "${item.id}": ${p.message}` });
      bank.push(item);
    });
  }
  return { bank, problems };
}

/** The bank for the site and the exports; throws every problem of every file at once. */
export function loadQuizBank(sources: readonly QuizSource[]): QuizItem[] {
  const { bank, problems } = checkQuizBank(sources);
  if (problems.length > 0) throw new ContentProblems('the quiz bank', problems);
  return bank;
}
