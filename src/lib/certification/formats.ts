/**
 * The files of the certification path, versioned and checked with zod (zod/mini, so the exam
 * page stays small). A trainee's certification attempt becomes an answers file; the trainer
 * page reads it with the exam key file and scores it. Drills will hand results over in the
 * same way. Each format names itself ("format") and its version; a file with another version
 * is refused with a message, never guessed at.
 */
import * as z from 'zod/mini';

/** Item and part ids as the bank writes them, or the opaque public ids (p + 12 hex). */
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,80}$/));
const part = z.string().check(z.maxLength(20));

/** One answer, as the exam stores it (src/lib/quiz/score.ts, QuizResponse). */
export const quizResponse = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), choice: z.nullable(part) }),
  z.object({ type: z.literal('multiple'), choices: z.array(part).check(z.maxLength(8)) }),
  z.object({ type: z.literal('truefalse'), value: z.nullable(z.boolean()) }),
  z.object({ type: z.literal('matching'), matches: z.record(part, z.nullable(part)) }),
  z.object({ type: z.literal('ordering'), order: z.array(part).check(z.maxLength(6)) }),
]);

export const ANSWERS_FORMAT = 'replylab-exam-answers';
export const KEY_FORMAT = 'replylab-exam-key';

/** A certification attempt as the trainee hands it to the trainer (one JSON file). */
export const answersFile = z.object({
  /** Always "replylab-exam-answers". */
  format: z.literal(ANSWERS_FORMAT),
  /** Version of this format. */
  version: z.literal(1),
  /** The bank the items came from (`bankId`); the key file must name the same. */
  bank: z.string().check(z.regex(/^bank-[0-9a-f]{16}$/)),
  /** The trainee's name as typed (printed on the certificate). */
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  /** Language the exam was taken in. */
  lang: z.enum(['de', 'en']),
  /** Seed of the drawing: the trainer draws again from it and must get the same items. */
  seed: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Item ids in exam order. */
  itemIds: z.array(id).check(z.minLength(1), z.maxLength(40)),
  /** Epoch ms: started, due, handed in. */
  startedAt: z.int(),
  deadline: z.int(),
  finishedAt: z.int(),
  /** Handed in automatically when the time ran out. */
  timedOut: z.boolean(),
  /** Answers by item id, in the public part ids of the exam page. */
  responses: z.record(id, quizResponse),
});
export type AnswersFile = z.infer<typeof answersFile>;

/**
 * The exam key: the certification bank with its key, written by the build or the export
 * outside the published site. Items are checked against the quiz schema when loaded.
 */
export const keyFile = z.object({
  /** Always "replylab-exam-key". */
  format: z.literal(KEY_FORMAT),
  /** Version of this format. */
  version: z.literal(1),
  /** `bankId(secret)`: matches the answers files of this bank. */
  bank: z.string().check(z.regex(/^bank-[0-9a-f]{16}$/)),
  /** The secret the public part ids are derived from (`bankSecret`). */
  secret: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** Course version the bank belongs to. */
  courseVersion: z.string().check(z.maxLength(20)),
  /** Items per exam and minutes allowed. */
  size: z.int().check(z.positive()),
  minutes: z.int().check(z.positive()),
  /** Pass mark in percent. */
  passMark: z.int().check(z.gte(0), z.lte(100)),
  /**
   * The certification items in bank order, key included (content/quiz/*.yaml with
   * `use: certification`), each with the area it counts towards.
   */
  items: z
    .array(z.object({ area: z.string().check(z.maxLength(40)), item: z.unknown() }))
    .check(z.minLength(1), z.maxLength(1000)),
});
export type KeyFile = z.infer<typeof keyFile>;

/** A readable reason why a file is not what it should be (first few issues, with paths). */
export function explainIssues(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  return error.issues
    .slice(0, 4)
    .map((i) => `${i.path.map(String).join('.') || '(file)'}: ${i.message}`)
    .join('; ');
}
