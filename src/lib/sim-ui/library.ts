import type { PostKind } from '../vocabulary';

/** What a library card shows about one scenario, in one language (plain, serialisable). */
export interface ScenarioCard {
  id: string;
  title: string;
  summary: string;
  kind: PostKind | 'mixed';
  /** Platform key: facebook, x, instagram, reviews, blog or messages. */
  platform: string;
  difficulty: string;
  minutes: number;
  /** Lesson ids the scenario practises. */
  lessons: string[];
}

export interface LibraryFilter {
  kind: string;
  platform: string;
  difficulty: string;
}

/** The empty string in a filter field means "any". */
export const NO_FILTER: LibraryFilter = { kind: '', platform: '', difficulty: '' };

export function matches(card: ScenarioCard, filter: LibraryFilter): boolean {
  return (
    (filter.kind === '' || card.kind === filter.kind) &&
    (filter.platform === '' || card.platform === filter.platform) &&
    (filter.difficulty === '' || card.difficulty === filter.difficulty)
  );
}

/** The distinct values of one field, in first-seen order, for a filter's options. */
export function facet(cards: readonly ScenarioCard[], field: keyof LibraryFilter): string[] {
  return [...new Set(cards.map((c) => c[field]))];
}

/** Scenarios that practise a lesson, for the lesson page's "practise this" links. */
export function practising(cards: readonly ScenarioCard[], lesson: string): ScenarioCard[] {
  return cards.filter((c) => c.lessons.includes(lesson));
}
