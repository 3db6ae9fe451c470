import { readYaml } from '../content/yaml';
import { AREAS, getGuideline, type Area } from '../guidelines';
import { quizFile, type QuizItem } from './schema';

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
 * (exam drawing balances areas by it). Returns human-readable problems, empty when fine.
 */
export function itemProblems(item: QuizItem, area: Area): string[] {
  const problems: string[] = [];
  for (const id of item.guidelines) {
    if (!getGuideline(id))
      problems.push(`guidelines: unknown guideline id "${id}" (see content/guidelines.yaml)`);
  }
  const first = getGuideline(item.guidelines[0] ?? '');
  if (first && first.area !== area) {
    problems.push(
      `guidelines: the first guideline "${first.id}" belongs to area "${first.area}", not "${area}" – list a guideline of this file's area first or move the item`,
    );
  }
  if (duplicates(item.guidelines).length) problems.push('guidelines: an id is listed twice');
  let partIds: string[] = [];
  if (item.type === 'single' || item.type === 'multiple') {
    partIds = item.options.map((o) => o.id);
    const correct = item.options.filter((o) => o.correct).length;
    if (item.type === 'single' && correct !== 1) {
      problems.push(
        `options: a single-choice item needs exactly one correct option, found ${correct}`,
      );
    }
    if (item.type === 'multiple' && (correct < 2 || correct === item.options.length)) {
      problems.push(
        `options: a multiple-response item needs at least two correct and one wrong option, found ${correct} of ${item.options.length} correct`,
      );
    }
  } else if (item.type === 'matching') {
    partIds = item.pairs.map((p) => p.id);
    for (const lang of ['de', 'en'] as const) {
      const rights = item.pairs.map((p) => p.right[lang]);
      if (duplicates(rights).length)
        problems.push(`pairs: two right-hand sides read the same (${lang})`);
    }
  } else if (item.type === 'ordering') {
    partIds = item.steps.map((s) => s.id);
  }
  const dup = duplicates(partIds);
  if (dup.length)
    problems.push(`ids within the item must be unique: "${dup.join('", "')}" repeats`);
  return problems;
}

/**
 * Parses and validates every quiz file. Throws one error listing every problem, each naming the
 * file, the item index and id, and the field – so an author can fix them all in one go.
 */
export function loadQuizBank(sources: readonly QuizSource[]): QuizItem[] {
  const problems: string[] = [];
  const bank: QuizItem[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) {
    if (!AREAS.includes(source.area))
      problems.push(`${source.path}: unknown area "${source.area}"`);
    const read = readYaml(source.text);
    if (read.problems.length > 0) {
      for (const p of read.problems)
        problems.push(`${source.path}${p.line ? `:${p.line}` : ''}: ${p.message}`);
      continue;
    }
    const data = read.value;
    const result = quizFile.safeParse(data ?? []);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const [index, ...field] = issue.path;
        const raw: unknown =
          typeof index === 'number' && Array.isArray(data) ? (data[index] as unknown) : undefined;
        const rawId = (raw as { id?: unknown } | null | undefined)?.id;
        const id = typeof rawId === 'string' ? rawId : '?';
        const where = typeof index === 'number' ? `item ${index} (${id})` : 'file';
        problems.push(
          `${source.path}: ${where}, field ${field.join('.') || '(item)'}: ${issue.message}`,
        );
      }
      continue;
    }
    result.data.forEach((item, index) => {
      const other = seen.get(item.id);
      if (other)
        problems.push(`${source.path}: item ${index} (${item.id}): id already used in ${other}`);
      seen.set(item.id, source.path);
      for (const p of itemProblems(item, source.area)) {
        problems.push(`${source.path}: item ${index} (${item.id}), field ${p}`);
      }
      bank.push(item);
    });
  }
  if (problems.length) throw new Error(`The quiz bank is invalid:\n  ${problems.join('\n  ')}`);
  return bank;
}
