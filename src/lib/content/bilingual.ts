import { z } from 'zod';

/** A text in both course languages (guidelines, quiz items, lesson metadata). */
export const bilingual = z.strictObject({
  /** German text (the source language of the guidelines). */
  de: z.string().min(1),
  /** English text. */
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof bilingual>;
