import { expect, test, type Page } from '@playwright/test';
import { waitForIslands } from './helpers';
import {
  axe,
  expectDebrief,
  openScenario,
  startScenario,
  throughFinalReaction,
  type Lang,
} from './simulator-helpers';

const PARCEL = 'parcel-late-facebook';

/**
 * What these journeys must show, written down by hand from scenarios/parcel-late-facebook.yaml:
 * the first reply goes out right after the 09:12 start (thinking time may add a minute or two),
 * Jana's direct message arrives 15 simulated minutes after it.
 */
const expected = {
  en: {
    resolved: { title: 'Customer won back', outcome: 'good', passes: true },
    decisions: [
      /^Your public reply to Jana Becker at Tue 09:1[2-5]$/,
      /^Your private message to Jana Becker at Tue 09:[23]\d$/,
    ],
    fixFirst: 'Fix these first',
    back: 'Back to the scenario',
  },
  de: {
    resolved: { title: 'Kundin zurückgewonnen', outcome: 'good', passes: true },
    decisions: [
      /^Ihre öffentliche Antwort an Jana Becker, Di 09:1[2-5]$/,
      /^Ihre private Nachricht an Jana Becker, Di 09:[23]\d$/,
    ],
    fixFirst: 'Das zuerst verbessern',
    back: 'Zum Szenario',
  },
} as const;

/** The model path in choice mode: answer publicly, wait for the DM, answer privately. */
async function playModelPath(page: Page, lang: Lang): Promise<void> {
  await openScenario(page, lang, PARCEL);
  await startScenario(page, 'coaching', 'choice', 'Lena');
  await page.locator('input[name="sim-choice"][value="a"]').check();
  await page.locator('.composer form button[type="submit"]').click();
  await page.locator('button[data-wait="15"]').click();
  await page.locator('input[name="sim-choice"][value="a"]').check();
  await page.locator('.composer form button[type="submit"]').click();
  await throughFinalReaction(page);
}

for (const lang of ['en', 'de'] as const) {
  test(`the debrief leads and can be reopened, after Back too (${lang})`, async ({ page }) => {
    // Several pages and axe runs: axe alone takes seconds a page on a busy machine.
    test.setTimeout(120_000);
    const x = expected[lang];
    await playModelPath(page, lang);
    await expectDebrief(page, x.resolved);
    // At most three things to fix first, each with its rule.
    const fixes = page.locator('.fixes li');
    await expect(page.locator('.fixes h3')).toHaveText(x.fixFirst);
    expect(await fixes.count()).toBeLessThanOrEqual(3);
    for (const fix of await fixes.all())
      await expect(fix.locator('a')).toHaveAttribute('href', /\/lessons\/[a-z0-9-]+\/#rule-/);
    // Findings grouped by decision, in order, with issues before strengths.
    await expect(page.locator('.decision h4')).toHaveText([...x.decisions]);
    for (const group of await page.locator('.decision').all()) {
      const headings = await group.locator('h5').allInnerTexts();
      const strengths = headings.findIndex((h) => /worked|Gelungen/.test(h));
      if (strengths >= 0) expect(strengths).toBe(headings.length - 1);
    }
    // A quote is only the words it refers to: no finding repeats a whole reply.
    for (const q of await page.locator('.finding q').allInnerTexts())
      expect(q.length).toBeLessThan(60);
    // The weighting is explained on the page.
    await expect(page.locator('.weighting')).toContainText(
      '1.25'.replace('.', lang === 'de' ? ',' : '.'),
    );

    // The address names the debrief: a lesson link and Back bring it back, focus on the link.
    expect(new URL(page.url()).searchParams.get('debrief')).toMatch(/^\d{4}-\d\d-\d\dT/);
    const link = page.locator('.decision .finding a').first();
    const id = await link.getAttribute('id');
    await link.click();
    await expect(page).toHaveURL(/\/lessons\/[a-z0-9-]+\/#rule-/);
    await page.goBack();
    await waitForIslands(page);
    await expect(page.locator('#sim-debrief-h')).toBeVisible();
    await expect(page.locator(`#${id}`)).toBeFocused();
    await expect(page.locator('.debrief .ending')).toContainText(x.resolved.title);
    await expect(page.locator('.debrief .when')).toBeVisible();
    await axe(page);

    // The library lists the attempt with its debrief; the course home opens the last one.
    await page.goto(`/${lang}/scenarios/`);
    await waitForIslands(page);
    const card = page.locator(`[data-scenario="${PARCEL}"]`);
    await card.locator('details summary').click();
    await axe(page);
    await card.locator('details a').first().click();
    await waitForIslands(page);
    await expect(page.locator('.debrief .ending')).toContainText(x.resolved.title);
    await expect(page.locator('.debrief .actions a.button')).toHaveText(x.back);
    await page.goto(`/${lang}/`);
    await page.locator(`[data-scenario-id="${PARCEL}"] [data-debrief]`).click();
    await waitForIslands(page);
    await expect(page.locator('.debrief .decision h4')).toHaveText([...x.decisions]);
  });
}

test('a past debrief opened in the other language offers its own', async ({ page }) => {
  await playModelPath(page, 'en');
  const url = new URL(page.url());
  await page.locator('[data-lang-switch]').click();
  await waitForIslands(page);
  await expect(page).toHaveURL(new RegExp(`/de/scenarios/${PARCEL}/\\?debrief=`));
  await expect(page.locator('.note')).toContainText('Diese Auswertung ist auf Englisch.');
  await expect(page.locator('.note a')).toHaveAttribute('href', `${url.pathname}${url.search}`);
  await expect(page.locator('.setup')).toBeVisible();
  await axe(page);
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const lang of ['de', 'en'] as const) {
    test(`axe at start, mid-play, final reaction and debrief (${lang})`, async ({ page }) => {
      test.setTimeout(120_000);
      await openScenario(page, lang, PARCEL);
      await axe(page);
      await startScenario(page, 'coaching', 'free', 'Lena');
      await page
        .locator('#sim-reply')
        .fill(
          lang === 'de' ? 'Liebe Frau Becker, das tut mir leid.' : 'Dear Ms Becker, I am sorry.',
        );
      await page.locator('.composer form button[type="submit"]').click();
      await page.locator('button[data-wait="15"]').click();
      await axe(page);
      // Leave it until the scenario ends.
      for (let i = 0; i < 6 && (await page.locator('#sim-reaction-h').count()) === 0; i++)
        await page.locator('button[data-wait="morning"]').click();
      await throughFinalReaction(page);
      for (const details of await page.locator('.debrief details').all())
        await details.locator('summary').click();
      await axe(page);
    });
  }
});
