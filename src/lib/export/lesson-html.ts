/**
 * Lesson MDX (content/lessons/<lang>/<id>.mdx) to static HTML, outside Astro: the front matter is
 * validated with the lesson schema, the body is compiled by @mdx-js/mdx and rendered with the
 * string runtime of ./html-runtime, with string versions of the two lesson components.
 */
import { evaluate } from '@mdx-js/mdx';
import { parse } from 'yaml';
import { getGuideline, ruleAnchor } from '../guidelines';
import { t, type Lang } from '../i18n';
import { lessonFrontmatter, type LessonFrontmatter } from '../lessons/schema';
import * as runtime from './html-runtime';
import { Html } from './html-runtime';
import { esc } from './xml';

/** A lesson file as read from disk (or bundled by Vite): its path for messages and its text. */
export interface LessonSource {
  path: string;
  text: string;
}

/** Splits `---` front matter from the body and validates it; errors name the file and field. */
export function readFrontmatter(source: LessonSource): { data: LessonFrontmatter; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source.text);
  if (!match) {
    throw new Error(`${source.path}: no front matter. Start the file with a "---" block.`);
  }
  const result = lessonFrontmatter.safeParse(parse(match[1] ?? ''));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${source.path}: front matter is invalid:\n${lines.join('\n')}`);
  }
  return { data: result.data, body: source.text.slice(match[0].length) };
}

function text(value: unknown, component: string, name: string, path: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new Error(`${path}: <${component}> needs a text attribute "${name}".`);
  }
  return value;
}

/** String versions of <Rule> and <Example>, with the same markup and classes as the site's. */
function components(lang: Lang, path: string) {
  const m = t(lang).course;
  return {
    Rule(props: Record<string, unknown>): Html {
      const id = text(props.id, 'Rule', 'id', path);
      const rule = getGuideline(id);
      if (!rule) {
        throw new Error(
          `${path}: <Rule id="${id}" />: no guideline with this id in content/guidelines.yaml.`,
        );
      }
      return new Html(
        `<aside class="rule" id="${esc(ruleAnchor(id))}"><p class="label">${esc(m.ruleLabel)}</p>` +
          `<p class="text">${esc(rule.text[lang])}</p></aside>`,
      );
    },
    Example(props: Record<string, unknown>): Html {
      const get = (name: string) => esc(text(props[name], 'Example', name, path));
      const platform = text(props.platform, 'Example', 'platform', path);
      const platformName = (m.platform as Record<string, string>)[platform] ?? platform;
      const reply = (kind: 'weak' | 'strong', heading: string) =>
        `<section class="reply ${kind}"><h4>${esc(heading)}</h4><blockquote><p>${get(kind)}</p></blockquote>` +
        `<p><strong>${esc(m.why)}:</strong> ${get(`${kind}Why`)}</p></section>`;
      return new Html(
        `<figure class="example"><figcaption>${esc(m.exampleHeading)} · ${esc(platformName)}</figcaption>` +
          `<blockquote class="post"><p class="who">${esc(m.examplePost(text(props.customer, 'Example', 'customer', path)))}</p>` +
          `<p>${get('post')}</p></blockquote><div class="replies">` +
          reply('weak', m.weakReply) +
          reply('strong', m.strongReply) +
          `</div></figure>`,
      );
    },
    // Links stay plain: javascript: and data: URLs are dropped.
    a(props: Record<string, unknown>): Html {
      const href = typeof props.href === 'string' ? props.href : '';
      const safe = /^(https?:|mailto:|#|\/)/i.test(href) ? ` href="${esc(href)}"` : '';
      return new Html(`<a${safe}>${runtime.renderChildren(props.children)}</a>`);
    },
  };
}

/** Renders a lesson body (MDX without front matter) to an HTML string. */
export async function renderLessonBody(body: string, lang: Lang, path: string): Promise<string> {
  let module;
  try {
    module = await evaluate(body, { ...runtime, development: false });
  } catch (error) {
    throw new Error(`${path}: the MDX body does not compile: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const result = module.default({ components: components(lang, path) }) as unknown;
  return runtime.renderChildren(result);
}
