// The CourseData of one language as a static JSON file, built at build time, so the trainer page
// generates every export in the browser without compiling MDX there. It holds the practice
// items only: the certification key never goes into the published site (docs/trust.md).
import type { APIRoute } from 'astro';
import pkg from '../../../package.json';
import { buildCourseData } from '../../lib/export/course-data';
import { LANGS, type Lang } from '../../lib/i18n';
import { quizBank } from '../../lib/quiz';
import { allScenarios } from '../../components/scenarios/load';

const sources = import.meta.glob<string>('../../../content/lessons/*/*.mdx', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lessons = Object.entries(sources).map(([path, text]) => ({
    path: path.replace(/^(\.\.\/)+/, ''),
    text,
  }));
  const course = await buildCourseData({
    lang: params.lang as Lang,
    version: pkg.version,
    lessons,
    bank: quizBank.filter((item) => item.use === 'practice'),
    scenarios: allScenarios(),
  });
  return new Response(JSON.stringify(course), { headers: { 'Content-Type': 'application/json' } });
};
