import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const OUT_DIR = process.env.ASTRO_OUT_DIR ?? 'dist';

/** Every page path listed in the built sitemap (the site's own list of pages). */
export function sitemapPaths(): string[] {
  const files = readdirSync(OUT_DIR).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) =>
    [...readFileSync(join(OUT_DIR, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1] ?? '/').pathname,
    ),
  );
  return [...new Set(paths)].sort();
}

/** Runs axe with the WCAG 2.x A/AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Waits until every Astro island on the page has hydrated. */
export async function waitForIslands(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) {
    await expect(island).not.toHaveAttribute('ssr', /.*/);
  }
}

/** Fails the test on any request that leaves the site's own origin. */
export function forbidThirdPartyRequests(page: Page, baseURL: string): string[] {
  const offenders: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      offenders.push(url);
  });
  return offenders;
}
