import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonFrontmatter } from './lib/lessons/schema';

/**
 * Lessons live in content/lessons/<lang>/<id>.mdx. The entry id is "<lang>/<id>", so the same
 * lesson id exists once per language.
 */
const lessons = defineCollection({
  loader: glob({ pattern: '{de,en}/*.mdx', base: './content/lessons' }),
  schema: lessonFrontmatter,
});

export const collections = { lessons };
