import { z } from 'zod';

/** One option of a knowledge-check question, with the feedback shown when it is picked. */
export const checkOption = z.strictObject({
  text: z.string().min(1),
  /** Exactly one option of a question is correct. */
  correct: z.boolean().default(false),
  /** Why this option is right or wrong; shown right after the learner picks it. */
  feedback: z.string().min(1),
});

/** A knowledge-check question at the end of a lesson. */
export const checkQuestion = z
  .strictObject({
    question: z.string().min(1),
    options: z.array(checkOption).min(2).max(5),
  })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'mark exactly one option of each question with "correct: true"',
    path: ['options'],
  });

/**
 * Front matter of a lesson (content/lessons/{de,en}/<id>.mdx). The same `id` in both
 * languages is one lesson: progress is kept by id, never by URL.
 */
export const lessonFrontmatter = z.strictObject({
  /** Stable id, the same in every language; also the URL slug. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens'),
  /** Position in the course, 1-based. */
  order: z.number().int().positive(),
  title: z.string().min(1),
  /** One or two sentences for the course home. */
  summary: z.string().min(1),
  /** What the learner can do after the lesson; 2-5 items. */
  objectives: z.array(z.string().min(1)).min(2).max(5),
  /** Estimated reading time in minutes. */
  minutes: z.number().int().min(1).max(30),
  /** Ids from content/guidelines.yaml that this lesson teaches (each with a <Rule id="…" /> in the body). */
  guidelines: z.array(z.string()).min(1),
  /** Ids of scenarios in scenarios/ that practise this lesson. */
  scenarios: z.array(z.string()).default([]),
  /** The knowledge check: 2-4 questions. */
  check: z.array(checkQuestion).min(2).max(4),
});
export type LessonFrontmatter = z.infer<typeof lessonFrontmatter>;
export type CheckQuestion = z.infer<typeof checkQuestion>;
