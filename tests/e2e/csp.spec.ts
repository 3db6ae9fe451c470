/**
 * The Content-Security-Policy: a <meta> on every built page (scripts only from the site itself
 * or by hash, no inline event handlers, object-src 'none'), and every page type still works
 * under it: no violation is reported while islands hydrate and the visitor acts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { OUT_DIR, sitemapPaths, waitForIslands } from './helpers';

/** Collects CSP violations (the event fires for every blocked script, style, handler, frame). */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) seen.push(msg.text());
  });
  return seen;
}

function policyOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
}

const htmlFile = (path: string) =>
  join(OUT_DIR, path === '/' ? 'index.html' : `${path.replace(/^\//, '')}index.html`);

test('every built page carries the policy, and no page has an inline handler', () => {
  const pages = [...sitemapPaths(), '/404'];
  expect(pages.length).toBeGreaterThan(30);
  for (const path of pages) {
    const html = readFileSync(path === '/404' ? join(OUT_DIR, '404.html') : htmlFile(path), 'utf8');
    const policy = policyOf(html);
    expect(policy, path).toBeDefined();
    const directives = new Map(
      policy!
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)] as const),
    );
    expect(directives.get('object-src'), path).toEqual(["'none'"]);
    expect(directives.get('default-src'), path).toEqual(["'self'"]);
    const scripts = directives.get('script-src') ?? [];
    expect(scripts, path).toContain("'self'");
    // Only the site itself and hashes: no 'unsafe-inline', 'unsafe-eval', hosts or schemes.
    for (const source of scripts)
      expect(source, path).toMatch(/^('self'|'sha256-[A-Za-z0-9+/=]+')$/);
    // Only the pages that talk to a trainer-named LRS may connect beyond the site itself.
    const talksToLrs = /^\/(de|en)\/(drill|trainer\/results|trainer\/live(\/projector)?)\/$/.test(
      path,
    );
    expect(directives.get('connect-src'), path).toEqual(
      talksToLrs ? ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*'] : undefined,
    );
    expect(html, path).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    expect(html, path).not.toMatch(/<script[^>]+src="(?!\/)/i);
  }
});

// One page of every type, in both languages where the type has them.
const pageTypes = [
  '/',
  '/de/',
  '/en/',
  '/de/lessons/complaints/',
  '/en/lessons/praise/',
  '/de/scenarios/',
  '/en/scenarios/parcel-late-facebook/',
  '/de/exam/',
  '/en/certificate/',
  '/de/verify/',
  '/en/trainer/',
  '/de/trainer/drills/',
  '/en/trainer/results/',
  '/de/drill/',
  '/en/trainer/live/',
  '/de/trainer/live/projector/',
  '/does-not-exist/',
];

for (const path of pageTypes) {
  test(`${path} hydrates under the policy without a violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(path);
    await waitForIslands(page);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
}

test('pages stay interactive under the policy', async ({ page }) => {
  const violations = await watchViolations(page);

  // Lesson: the knowledge check is a plain script.
  await page.goto('/en/lessons/complaints/');
  const first = page.locator('[data-check] fieldset').first();
  await first.locator('input[type=radio]').first().check();
  await expect(first.locator('[data-feedback] p:not([hidden])')).toBeVisible();

  // Course home: the progress script fills the bar.
  await page.goto('/en/');
  await expect(page.locator('[data-progress-text]')).toHaveText(/^0 of \d+ lessons read$/);

  // Simulator: start a play in choice mode and send the first option.
  await page.goto('/en/scenarios/parcel-late-facebook/');
  await waitForIslands(page);
  await page.locator('input[name="sim-mode"][value="coaching"]').check();
  const choice = page.locator('input[name="sim-input"][value="choice"]');
  if ((await choice.count()) > 0) await choice.check();
  await page.locator('.setup button[type="submit"]').click();
  await expect(page.locator('.composer, .simulator .moves').first()).toBeVisible();

  // Exam: start and answer the first question.
  await page.goto('/de/exam/');
  await waitForIslands(page);
  await page.locator('#exam-name').fill('Łukasz Wójcik-Aydın');
  await page.getByRole('button', { name: 'Prüfung starten' }).first().click();
  await expect(page.locator('[data-item-id]')).toBeVisible();

  // Verify: the form checks a code in the browser.
  await page.goto('/en/verify/');
  await waitForIslands(page);
  await page.locator('#verify-code').fill('RL-0000-0000-0000-0000');
  await page.locator('#verify-name').fill('Anna');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('verify-result')).not.toBeEmpty();

  // Trainer: an export is generated in the browser and downloaded.
  await page.goto('/en/trainer/');
  await waitForIslands(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'GIFT (Moodle text format)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.(gift|txt)$/);
  // WebCrypto key generation for signing.
  await page.locator('#issuer-name').fill('CSP Test');
  const key = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Create a key pair and save the key file' }).click();
  expect((await key).suggestedFilename()).toMatch(/^replylab-signing-key-[0-9a-f]{16}\.json$/);

  // Certificate: pdf-lib, fontkit and the fonts build a PDF under the policy.
  await page.evaluate((t) => {
    localStorage.setItem(
      'replylab:exam:v1',
      JSON.stringify({
        v: 1,
        current: null,
        attempts: [
          {
            seed: 's',
            name: 'Γιώργος',
            lang: 'en',
            itemIds: ['q-a'],
            startedAt: t - 60_000,
            finishedAt: t,
            timedOut: false,
            percent: 90,
            passed: true,
            areas: [],
            revisit: [],
            responses: {},
          },
        ],
      }),
    );
  }, Date.now());
  await page.goto('/en/certificate/');
  await waitForIslands(page);
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);

  expect(violations).toEqual([]);
});
