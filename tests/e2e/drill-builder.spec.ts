// The drill builder end to end: a trainer builds a drill by keyboard, gets a link whose QR
// code decodes (jsQR) back to the very same link, the link opens the drill page with the plan,
// and tampered, truncated and outdated links open a clear error in the page's language. The
// drill file saves and loads back; the briefing prints; axe finds nothing in either language.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { decodeFragment } from '../../src/lib/drill/link';
import { expectNoAxeViolations, forbidThirdPartyRequests, waitForIslands } from './helpers';

/** Rasterises the QR code image in the page and decodes its pixels in Node with jsQR. */
async function decodeQr(page: Page): Promise<string | null> {
  const { data, width, height } = await page
    .getByTestId('drill-qr')
    .first()
    .evaluate(async (img: HTMLImageElement) => {
      const size = 420;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const ctx = canvas.getContext('2d')!;
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(img, 0, 0, size, size);
      const pixels = ctx.getImageData(0, 0, size, size);
      return { data: Array.from(pixels.data), width: size, height: size };
    });
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data ?? null;
}

async function buildDrill(page: Page) {
  await page.goto('/de/trainer/drills/');
  await waitForIslands(page);
  await page.getByLabel('Name der Übung').fill('Frühschicht <b>Team</b>');
  // Keyboard only: Enter on an add button; focus moves to the next card's add button.
  await page.getByRole('button', { name: 'Das Paket, das nicht kommt hinzufügen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.library button:focus')).toHaveCount(1);
  await page.keyboard.press('Enter');
  const chosen = page.locator('ol.chosen li');
  await expect(chosen).toHaveCount(2);
  const second = (await chosen.nth(1).locator('.title').textContent())!;
  // Move the second one up with the keyboard; focus stays on it.
  await page.getByRole('button', { name: `${second} nach oben` }).focus();
  await page.keyboard.press('Enter');
  await expect(chosen.first().locator('.title')).toHaveText(second);
  await expect(chosen.first().locator('button:focus')).toHaveCount(1);
  await page.getByLabel('Zeit pro Entscheidung (Sekunden, echte Zeit)').fill('60');
  await page.getByLabel('Zeitraffer (simulierte Minuten pro echter Sekunde)').fill('2');
  await page.getByLabel('Ein Pseudonym ist erlaubt').check();
  return second;
}

test('builder → link → QR decodes to the link → the link opens the plan', async ({
  page,
  baseURL,
}) => {
  // Rasterising and decoding the QR code takes a few seconds on a busy 2-core machine.
  test.setTimeout(60_000);
  const thirdParty = forbidThirdPartyRequests(page, baseURL!);
  const first = await buildDrill(page);
  const link = await page.getByTestId('drill-link').inputValue();
  expect(link.startsWith(`${baseURL}/de/drill/#d1.`)).toBe(true);
  const decoded = decodeFragment(link);
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) return;
  expect(decoded.plan).toMatchObject({
    name: 'Frühschicht <b>Team</b>',
    lang: 'de',
    decisionSeconds: 60,
    compression: 2,
    names: 'pseudonym',
  });
  expect(decoded.plan.scenarios).toHaveLength(2);
  expect(decoded.plan.lrs).toBeUndefined();

  expect(await decodeQr(page)).toBe(link);

  await page.goto(link);
  await waitForIslands(page);
  const plan = page.getByTestId('drill-plan');
  await expect(plan.getByRole('heading', { level: 2 })).toHaveText(
    'Ihre Übung: Frühschicht <b>Team</b>',
  );
  await expect(plan.locator('b')).toHaveCount(0);
  await expect(plan.locator('ol li').first()).toHaveText(first);
  await expect(plan).toContainText('60 Sekunden pro Entscheidung');
  expect(thirdParty).toEqual([]);
});

test('tampered, truncated, outdated and empty links open a clear error page', async ({ page }) => {
  await buildDrill(page);
  const link = await page.getByTestId('drill-link').inputValue();
  const at = link.length - 30;
  const tampered = link.slice(0, at) + (link[at] === 'x' ? 'y' : 'x') + link.slice(at + 1);
  const cases: [string, string, RegExp][] = [
    [tampered, 'damaged', /unvollständig oder wurde verändert/],
    [link.slice(0, -40), 'damaged', /unvollständig oder wurde verändert/],
    [link.replace('#d1.', '#d0.'), 'outdated', /älteren Version/],
    [link.split('#')[0]!, 'missing', /keine Übung/],
  ];
  for (const [url, problem, text] of cases) {
    await page.goto('about:blank');
    await page.goto(url);
    const error = page.getByTestId('drill-error');
    await expect(error.getByRole('heading')).toHaveText('Dieser Übungslink funktioniert nicht');
    await expect(error.locator(`[data-problem="${problem}"]`)).toHaveText(text);
    await expect(error.getByRole('heading')).toBeFocused();
  }
  // The English page says it in English.
  await page.goto(tampered.replace('/de/drill/', '/en/drill/'));
  await expect(page.getByTestId('drill-error')).toContainText('This drill link does not work');
  await expectNoAxeViolations(page);
});

test('the drill file saves and loads back; the briefing prints', async ({ page }) => {
  await buildDrill(page);
  await page.getByLabel('An ein LRS senden').check();
  await page.getByLabel('xAPI-Endpunkt').fill('http://127.0.0.1:8089/xAPI/');
  await page.getByLabel('Schreibschlüssel (Schlüssel:Geheimnis)').fill('writer:s3cret');
  const link = await page.getByTestId('drill-link').inputValue();
  const decoded = decodeFragment(link);
  expect(decoded.ok && decoded.plan.lrs).toEqual({
    endpoint: 'http://127.0.0.1:8089/xAPI/',
    auth: `Basic ${Buffer.from('writer:s3cret').toString('base64')}`,
  });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Übungsdatei speichern' }).click();
  const file = await (await download).path();
  const saved = readFileSync(file, 'utf8');
  expect(JSON.parse(saved)).toMatchObject({ format: 'replylab-drill', v: 1 });

  await page.reload();
  await waitForIslands(page);
  await page.getByLabel('Übungsdatei (.json)').setInputFiles({
    name: 'drill.json',
    mimeType: 'application/json',
    buffer: Buffer.from(saved),
  });
  await expect(page.getByLabel('Name der Übung')).toHaveValue('Frühschicht <b>Team</b>');
  await expect(page.getByLabel('Schreibschlüssel (Schlüssel:Geheimnis)')).toHaveValue(
    'writer:s3cret',
  );
  await expect(page.getByTestId('drill-link')).toHaveValue(link);

  await page.emulateMedia({ media: 'print' });
  const briefing = page.locator('.briefing');
  await expect(briefing).toBeVisible();
  await expect(briefing.getByRole('heading', { level: 2 })).toHaveText(
    'Einweisung: Frühschicht <b>Team</b>',
  );
  await expect(page.locator('form')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
});

for (const lang of ['de', 'en'] as const) {
  test(`axe finds no violations on the builder with a finished drill (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/trainer/drills/`);
    await waitForIslands(page);
    await page.locator('#drill-name').fill('Axe');
    await page.locator('.library button').first().click();
    await page.locator('.library button').first().click();
    await expect(page.getByTestId('drill-link')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });
}
