/**
 * The certification exam without its key. Items reach the published site as `ExamItem`s: the
 * prompt and the texts to choose from, no `correct` flag, no `answer`, no feedback (it says
 * "Right." or "Wrong"), and part ids that say nothing about the key: each is a hash of a secret
 * (the digest of the certification bank itself, key included, which only the key file holds),
 * the item and the part, and parts are listed in the order of those ids. Matching items list
 * left and right sides apart, with different ids, so the pairing is not in the page either.
 *
 * Practice items use the same shape with their own ids (their key is published on purpose).
 * Pure and small: the exam island bundles it; the trainer page and the command line too.
 */
import { sha256, toHex } from '../certificate/sha256';
import type { Lang } from '../i18n';
import type { QuizResponse } from '../quiz/score';

export interface ExamPart {
  id: string;
  text: string;
}

interface ExamItemBase {
  id: string;
  /** The area the item counts towards (a guideline area id). */
  area: string;
  guidelines: string[];
  prompt: string;
}

/** An exam item as the exam page shows it: what to choose from, never what is right. */
export type ExamItem =
  | (ExamItemBase & { type: 'single'; options: ExamPart[] })
  | (ExamItemBase & { type: 'multiple'; options: ExamPart[] })
  | (ExamItemBase & { type: 'truefalse' })
  | (ExamItemBase & { type: 'matching'; lefts: ExamPart[]; rights: ExamPart[] })
  | (ExamItemBase & { type: 'ordering'; steps: ExamPart[] });

/** What `publicItem` needs of a quiz item (the bank's QuizItem satisfies it). */
export type KeyedItem = {
  id: string;
  guidelines: readonly string[];
  prompt: Record<Lang, string>;
} & (
  | { type: 'single' | 'multiple'; options: readonly { id: string; text: Record<Lang, string> }[] }
  | { type: 'truefalse' }
  | {
      type: 'matching';
      pairs: readonly { id: string; left: Record<Lang, string>; right: Record<Lang, string> }[];
    }
  | { type: 'ordering'; steps: readonly { id: string; text: Record<Lang, string> }[] }
);

type Role = 'option' | 'left' | 'right' | 'step';

/** The secret of a bank: SHA-256 of its full source, key included (only the key file has it). */
export function bankSecret(items: readonly unknown[]): string {
  return toHex(sha256(`replylab-bank|${JSON.stringify(items)}`));
}

/** The public name of a bank: answers files carry it, so a key file for another bank is refused. */
export function bankId(secret: string): string {
  return `bank-${toHex(sha256(`replylab-bank-id|${secret}`)).slice(0, 16)}`;
}

/** The public id of one part of an item (null secret: practice, ids stay as authored). */
export function partId(secret: string | null, item: string, role: Role, id: string): string {
  if (secret === null) return id;
  return `p${toHex(sha256(`${secret}|${item}|${role}|${id}`)).slice(0, 12)}`;
}

/**
 * One item in one language for the exam page. With a secret (certification) the parts get
 * opaque ids and are sorted by them; without (practice) they keep their ids and order.
 */
export function publicItem(
  item: KeyedItem,
  lang: Lang,
  area: string,
  secret: string | null,
): ExamItem {
  const base = { id: item.id, area, guidelines: [...item.guidelines], prompt: item.prompt[lang] };
  const parts = (role: Role, list: readonly { id: string; text: string }[]): ExamPart[] => {
    const out = list.map((p) => ({ id: partId(secret, item.id, role, p.id), text: p.text }));
    return secret === null ? out : out.sort((a, b) => (a.id < b.id ? -1 : 1));
  };
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const options = parts(
        'option',
        item.options.map((o) => ({ id: o.id, text: o.text[lang] })),
      );
      return item.type === 'single'
        ? { ...base, type: 'single', options }
        : { ...base, type: 'multiple', options };
    }
    case 'truefalse':
      return { ...base, type: 'truefalse' };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        lefts: parts(
          'left',
          item.pairs.map((p) => ({ id: p.id, text: p.left[lang] })),
        ),
        rights: parts(
          'right',
          item.pairs.map((p) => ({ id: p.id, text: p.right[lang] })),
        ),
      };
    case 'ordering':
      return {
        ...base,
        type: 'ordering',
        steps: parts(
          'step',
          item.steps.map((s) => ({ id: s.id, text: s.text[lang] })),
        ),
      };
  }
}

/**
 * A response given on the public item, in the item's own ids (so `scoreResponse` on the keyed
 * item scores it). Unknown ids are kept as they are, which scores them wrong.
 */
export function sourceResponse(
  item: KeyedItem,
  response: QuizResponse,
  secret: string,
): QuizResponse {
  const back = (role: Role, ids: readonly string[]) => {
    const map = new Map(ids.map((id) => [partId(secret, item.id, role, id), id]));
    return (id: string) => map.get(id) ?? `?${id}`;
  };
  switch (response.type) {
    case 'single': {
      if (item.type !== 'single') return response;
      const f = back(
        'option',
        item.options.map((o) => o.id),
      );
      return { type: 'single', choice: response.choice === null ? null : f(response.choice) };
    }
    case 'multiple': {
      if (item.type !== 'multiple') return response;
      const f = back(
        'option',
        item.options.map((o) => o.id),
      );
      return { type: 'multiple', choices: response.choices.map(f) };
    }
    case 'truefalse':
      return response;
    case 'matching': {
      if (item.type !== 'matching') return response;
      const ids = item.pairs.map((p) => p.id);
      const left = back('left', ids);
      const right = back('right', ids);
      return {
        type: 'matching',
        matches: Object.fromEntries(
          Object.entries(response.matches).map(([l, r]) => [left(l), r === null ? null : right(r)]),
        ),
      };
    }
    case 'ordering': {
      if (item.type !== 'ordering') return response;
      const f = back(
        'step',
        item.steps.map((s) => s.id),
      );
      return { type: 'ordering', order: response.order.map(f) };
    }
  }
}
