import { test, expect } from '@playwright/test';
import {
  expectNoAxeViolations,
  forbidThirdPartyRequests,
  sitemapPaths,
  waitForIslands,
} from './helpers';

const paths = sitemapPaths();

test('the sitemap lists the course in both languages', () => {
  expect(paths).toContain('/de/');
  expect(paths).toContain('/en/');
  expect(paths.filter((p) => p.startsWith('/de/lessons/')).length).toBeGreaterThanOrEqual(8);
  expect(paths.filter((p) => p.startsWith('/en/lessons/')).length).toBeGreaterThanOrEqual(8);
});

for (const path of paths) {
  test(`axe finds no violations on ${path}`, async ({ page, baseURL }) => {
    const thirdParty = forbidThirdPartyRequests(page, baseURL!);
    await page.goto(path);
    await waitForIslands(page);
    const lang = path.split('/')[1];
    if (lang === 'de' || lang === 'en')
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectNoAxeViolations(page);
    expect(thirdParty).toEqual([]);
  });
}

test('dark mode passes axe too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/de/', '/en/lessons/complaints/']) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});
