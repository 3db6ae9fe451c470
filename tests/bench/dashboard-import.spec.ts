import { expect, test } from '@playwright/test';
import { drillHash } from '../../src/lib/drill/plan';
import { resultsJson, sealResults } from '../../src/lib/drill/results';
import { fixturePlan, runs } from '../fixtures/drill/runs';

/**
 * Budget: the dashboard imports 500 results files in under 2 s — from the file picker's change
 * event to every file checked (JSON, schema, SHA-256 integrity, drill, duplicates) and the
 * figures on screen. A benchmark, not a test: `npm run bench:dashboard` runs it and prints
 * ok / OVER with the time.
 */
const FILES = 500;
const BUDGET_MS = 2000;

test('dashboard imports 500 results files', async ({ page }) => {
  test.setTimeout(120_000);
  const hash = await drillHash(fixturePlan);
  const files = [];
  for (let i = 0; i < FILES; i++) {
    const run = runs[i % runs.length]!.content;
    const id = i.toString(16).padStart(12, '0');
    const file = await sealResults({
      ...run,
      drill: { id: fixturePlan.id, hash, name: fixturePlan.name, pass: fixturePlan.pass },
      run: `00000000-0000-4000-8000-${id}`,
      trainee: { ...run.trainee, name: `${run.trainee.name} ${i}` },
    });
    files.push({
      name: `r${i}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(resultsJson(file)),
    });
  }
  await page.goto('/en/trainer/results/');
  for (const island of await page.locator('astro-island').all())
    await expect(island).not.toHaveAttribute('ssr', /.*/);
  const timing = page.evaluate(
    (n) =>
      new Promise<number>((resolve) => {
        let t0 = 0;
        document.addEventListener('change', () => (t0 = performance.now()), { capture: true });
        const status = document.querySelector('[data-testid="import-status"]')!;
        new MutationObserver(() => {
          if (
            status.textContent?.startsWith(`${n} imported`) &&
            document.querySelector('[data-testid="trainee-table"]')
          )
            resolve(performance.now() - t0);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    FILES,
  );
  await page.locator('#results-files').setInputFiles(files);
  const ms = await timing;
  await expect(page.getByTestId('trainee-table').locator('tbody tr')).toHaveCount(FILES);
  const ok = ms < BUDGET_MS;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} dashboard import of ${FILES} results files: ${Math.round(ms)} ms (budget ${BUDGET_MS} ms)`,
  );
  expect(ms).toBeLessThan(BUDGET_MS);
});
