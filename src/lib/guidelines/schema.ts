import { z } from 'zod';
import { bilingual } from '../content/bilingual';

export const AREAS = [
  'strategy',
  'complaints',
  'trolls',
  'questions',
  'praise',
  'channels',
  'priorities',
] as const;
export type Area = (typeof AREAS)[number];

/** One rule of the customer-care guidelines (content/guidelines.yaml, keyed by id). */
export const guideline = z.strictObject({
  /** The part of the course it belongs to. */
  area: z.enum(AREAS),
  /** Id of the lesson that teaches it first; findings and quiz feedback link there. */
  lesson: z.string(),
  /** Whether the simulator can practise it (strategy facts can only be taught and assessed). */
  practisable: z.boolean(),
  /** Where the rule comes from in the seed articles. */
  source: z.strictObject({ seed: z.enum(['000', '003']), section: z.string() }),
  /** The rule in both languages. */
  text: bilingual,
});

export const guidelineCatalogue = z.record(
  z.string().regex(/^[a-z]+\.[a-z0-9-]+$/, 'ids look like "area.short-name"'),
  guideline,
);
export type Guideline = z.infer<typeof guideline> & { id: string };
