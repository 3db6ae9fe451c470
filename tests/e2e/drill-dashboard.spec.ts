// The results dashboard with the hand-made files of tests/fixtures/drill/results/: every
// figure expected here was computed by hand (see that folder's README.md). Broken files get
// one message each and the rest is imported; names and replies are shown as text, never HTML.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { expectNoAxeViolations, forbidThirdPartyRequests, waitForIslands } from './helpers';

const DIR = 'tests/fixtures/drill/results/';
const file = (name: string) => ({
  name,
  mimeType: 'application/json',
  buffer: readFileSync(DIR + name),
});
const ALL = [
  'anna.json',
  'ben.json',
  'anna-copy.json',
  'tampered.json',
  'foreign.json',
  'truncated.json',
  'cara.json',
];

async function importAll(page: Page, lang: 'de' | 'en') {
  await page.goto(`/${lang}/trainer/results/`);
  await waitForIslands(page);
  await page.locator('#dash-drill-file').setInputFiles(file('drill.json'));
  await expect(page.getByTestId('drill-note')).toContainText('Fixture drill');
  await page.locator('#results-files').setInputFiles(ALL.map(file));
  await expect(page.getByTestId('import-messages').locator('li')).toHaveCount(ALL.length);
}

const cellsOf = (page: Page) =>
  page
    .getByTestId('trainee-table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
    );

test('imports several files with one message per file and shows the hand-computed figures', async ({
  page,
  baseURL,
}) => {
  const thirdParty = forbidThirdPartyRequests(page, baseURL!);
  await importAll(page, 'en');
  await expect(page.getByTestId('import-status')).toHaveText('3 imported, 4 refused.');
  const messages = await page.getByTestId('import-messages').locator('li').allTextContents();
  expect(messages).toEqual([
    'anna.json: imported (Anna Adler).',
    'ben.json: imported (Ben <b>Bold</b>).',
    'anna-copy.json: already imported (Anna Adler).',
    'tampered.json: the content was changed after it was saved (checksum mismatch). Not imported.',
    'foreign.json: belongs to another drill (Another drill).',
    expect.stringMatching(/^truncated\.json: not a readable JSON file/) as unknown as string,
    'cara.json: imported (Cara Cruz).',
  ]);

  // Overview and the trainee table, sorted by overall (descending) by default.
  await expect(page.getByTestId('overview')).toHaveText(
    'Runs 3 Passed 33 % Mean overall 58 Median overall 65',
  );
  expect(await cellsOf(page)).toEqual([
    ['Anna Adler', '85', '100', '85', '75', '75', '85', '95', 'yes', '2', '0', '25 s'],
    ['Cara Cruz', '65', '90', '65', '60', '40', '70', '70', 'no', '2', '0', '28 s'],
    ['Ben <b>Bold</b>', '25', '50', '30', '20', '40', '25', '40', 'no', '2', '1', '83 s'],
  ]);
  // The name is text, not markup.
  await expect(page.getByTestId('trainee-table').locator('b')).toHaveCount(0);

  // Sort by name by keyboard, then by personalization.
  await page.getByRole('button', { name: 'Sort by Name' }).focus();
  await page.keyboard.press('Enter');
  expect((await cellsOf(page)).map((r) => r[0])).toEqual([
    'Anna Adler',
    'Ben <b>Bold</b>',
    'Cara Cruz',
  ]);
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  // Distributions: captions carry mean, median and the share at the threshold.
  const dist = page.getByTestId('distributions');
  await expect(dist).toContainText('Timing: mean 80, median 90, 67 % reach 60');
  await expect(dist).toContainText('Personal touch: mean 52, median 40, 33 % reach 60');
  await expect(dist).toContainText('Overall: mean 58, median 65, 67 % reach 60');
  await expect(dist.getByRole('listitem', { name: '80–89 points: 1' }).first()).toBeAttached();

  // Heatmap: the most frequent issue first, with its lesson link.
  const heat = page.getByTestId('heatmap');
  await expect(heat.locator('thead th').nth(1)).toContainText('tone.sarcasm');
  await expect(heat.locator('thead th').nth(1).getByRole('link')).toHaveAttribute(
    'href',
    /\/en\/lessons\/complaints\//,
  );
  const parcelRow = heat.locator('tbody tr').filter({ hasText: 'The parcel that never comes' });
  await expect(parcelRow.locator('td').first()).toHaveText('67 % (2 of 3)');

  // Response times: latency bins and the norms table.
  await expect(page.getByTestId('latency-bins')).toContainText('0–15 s: 1');
  await expect(page.getByTestId('latency-bins')).toContainText('75–90 s: 1');
  await expect(page.getByText('Real thinking time per decision (timed out: 1)')).toBeVisible();
  const norms = await page
    .getByTestId('norms')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
    );
  expect(norms).toEqual([
    ['Complaint', '0', '3', '0', '0'],
    ['Question', '1', '1', '1', '0'],
  ]);

  // Filter to the question scenario: each trainee's overall is that decision's.
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('product-question-simple');
  await page.getByRole('button', { name: 'Sort by Overall' }).click();
  expect((await cellsOf(page)).map((r) => [r[0], r[1]])).toEqual([
    ['Anna Adler', '90'],
    ['Cara Cruz', '60'],
    ['Ben <b>Bold</b>', '10'],
  ]);
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('');
  await page.getByRole('combobox', { name: 'Result' }).selectOption('failed');
  await expect(page.getByTestId('overview')).toContainText('Runs 2');
  await page.getByRole('combobox', { name: 'Result' }).selectOption('');

  // CSV export of the imported files.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(6);
  expect(new Set(rows.map((r) => r.trainee))).toEqual(
    new Set(['Anna Adler', 'Ben <b>Bold</b>', 'Cara Cruz']),
  );

  // Print view: the import controls go, the figures stay.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#results-files')).toBeHidden();
  await expect(page.getByTestId('trainee-table')).toBeVisible();
  expect(thirdParty).toEqual([]);
});

test('files dropped on the drop zone are imported; without a drill file the first valid one sets it', async ({
  page,
}) => {
  await page.goto('/de/trainer/results/');
  await waitForIslands(page);
  const texts = Object.fromEntries(
    ['foreign.json', 'anna.json', 'ben.json'].map((n) => [n, readFileSync(DIR + n, 'utf8')]),
  );
  const transfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const [name, text] of Object.entries(files))
      dt.items.add(new File([text], name, { type: 'application/json' }));
    return dt;
  }, texts);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  // The first valid file (foreign.json, of "Another drill") sets the drill; the others are foreign.
  await expect(page.getByTestId('import-status')).toHaveText('1 übernommen, 2 abgelehnt.');
  await expect(page.getByTestId('drill-note')).toContainText('Another drill');
  await expect(page.getByTestId('import-messages')).toContainText(
    'anna.json: gehört zu einer anderen Übung (Fixture drill).',
  );
});

for (const lang of ['de', 'en'] as const) {
  test(`axe finds no violations on the dashboard with results (${lang})`, async ({ page }) => {
    await importAll(page, lang);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });
}
