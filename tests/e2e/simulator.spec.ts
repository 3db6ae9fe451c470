import { expect, test } from '@playwright/test';
import { ATTEMPTS_KEY } from '../../src/stores/attempts';
import { TRAINEE_KEY } from '../../src/stores/trainee';
import { forbidThirdPartyRequests, sitemapPaths, waitForIslands } from './helpers';
import {
  axe,
  expectDebrief,
  openScenario,
  startScenario,
  tabTo,
  throughFinalReaction,
  type ExpectedDebrief,
  type Lang,
} from './simulator-helpers';

const PARCEL = 'parcel-late-facebook';
const TROLL = 'troll-insults';

const replies: Record<Lang, { first: string; second: string; html: string }> = {
  de: {
    first:
      'Liebe Frau Becker, das tut mir sehr leid – sieben Tage sind viel zu lang, und das ist unser Fehler. Schicken Sie mir bitte Ihre Bestellnummer per Direktnachricht, dann kläre ich das sofort und melde mich bis 12 Uhr. Viele Grüße, Lena',
    second:
      'Danke, Frau Becker! Ihr Paket hing im Verteilzentrum fest und kommt morgen bis 12 Uhr bei Ihnen an. Die Versandkosten erstatten wir Ihnen. Viele Grüße, Lena',
    html: '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> Liebe Frau Becker, das tut mir leid.',
  },
  en: {
    first:
      "Dear Ms Becker, I'm so sorry – seven days is far too long, and that's our mistake. Please send me your order number by direct message and I'll sort it out right away and get back to you by noon. Best wishes, Lena",
    second:
      'Thank you, Ms Becker! Your parcel was stuck at the sorting centre and will reach you tomorrow by noon. We will refund the shipping costs. Best wishes, Lena',
    html: '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> Dear Ms Becker, I am sorry.',
  },
};

/** The endings these journeys reach, written down by hand from the scenario files. */
const endings: Record<'resolved' | 'starved' | 'ignored', Record<Lang, ExpectedDebrief>> = {
  resolved: {
    de: { title: 'Kundin zurückgewonnen', outcome: 'good', passes: true },
    en: { title: 'Customer won back', outcome: 'good', passes: true },
  },
  starved: {
    de: { title: 'Dem Troll die Bühne genommen', outcome: 'good', passes: true },
    en: { title: 'Troll starved', outcome: 'good', passes: true },
  },
  ignored: {
    de: { title: 'Unbeantwortet', outcome: 'bad', passes: false },
    en: { title: 'Left unanswered', outcome: 'bad', passes: false },
  },
};
/** Jana's public thanks: the final reaction of the "resolved" ending. */
const janaThanks: Record<Lang, string> = {
  de: 'Das Team hat sich super gekümmert',
  en: 'the team sorted it out brilliantly',
};

for (const lang of ['de', 'en'] as const) {
  test.describe(`simulator (${lang})`, () => {
    test('keyboard only, free text, coaching hints, to a good ending', async ({
      page,
      baseURL,
    }) => {
      const offenders = forbidThirdPartyRequests(page, baseURL ?? '');
      await openScenario(page, lang, PARCEL);
      await axe(page);
      await tabTo(page, 'input[name="sim-mode"][value="coaching"]');
      // The trainee's name, asked once: it signs the replies and reaches the scorer.
      await tabTo(page, '#sim-name');
      await page.keyboard.type('Lena');
      await tabTo(page, '.setup button[type="submit"]');
      await page.keyboard.press('Enter');

      await tabTo(page, '#sim-reply');
      await page.keyboard.type(replies[lang].first);
      // Coaching: the scorer's hints appear with the quoted words highlighted.
      await expect(page.locator('.hints li').first()).toBeVisible();
      await expect(page.locator('.hints mark').first()).toBeVisible();
      // Screen readers hear the hints once the trainee pauses, not after every keystroke.
      const hintsSaid = page.locator('[data-announce="hints"]');
      await expect(hintsSaid).toBeEmpty();
      await page.clock.runFor(1600);
      await expect(hintsSaid).not.toBeEmpty();
      await axe(page);
      await tabTo(page, '.composer form button[type="submit"]');
      await page.keyboard.press('Enter');
      await expect(page.locator('.feed .from-agent')).toContainText(
        replies[lang].first.slice(0, 20),
      );

      await tabTo(page, 'button[data-wait="15"]');
      await page.keyboard.press('Enter');
      // The customer answers in private; the inbox shows it and it is announced.
      await expect(page.locator('.inbox .from-customer')).toBeVisible();
      await expect(page.locator('[data-announce="posts"]')).not.toBeEmpty();
      await tabTo(page, '#sim-reply');
      await page.keyboard.type(replies[lang].second);
      await tabTo(page, 'input[name="sim-channel"]:checked');
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('input[name="sim-channel"][value="private"]')).toBeChecked();
      await tabTo(page, '.composer form button[type="submit"]');
      await page.keyboard.press('Enter');

      // The customer's final reaction plays in the feed before the debrief.
      await throughFinalReaction(page, janaThanks[lang]);
      await expectDebrief(page, endings.resolved[lang]);
      // The name given at the start reached the scorer: the sign-off is recognised.
      await expect(
        page.locator('.finding[data-code="personalization.sign-off"]').first(),
      ).toBeVisible();
      expect(await page.evaluate((key) => localStorage.getItem(key), TRAINEE_KEY)).toBe('Lena');
      // Every finding links to its rule in the lesson.
      const link = page.locator('.finding a').first();
      await expect(link).toHaveAttribute(
        'href',
        new RegExp(`^/${lang}/lessons/[a-z0-9-]+/#rule-[a-z0-9-]+$`),
      );
      await axe(page);
      expect(offenders).toEqual([]);
    });

    test('choice mode in assessment: hide the troll, answer the real question', async ({
      page,
    }) => {
      await openScenario(page, lang, TROLL);
      await startScenario(page, 'assessment', 'choice');
      await expect(page.locator('.hints')).toHaveCount(0);
      // Choice mode shuffles the options by a seed kept with the attempt: a reload shows
      // them in the same order.
      const choices = page.locator('input[name="sim-choice"]');
      const order = () =>
        choices.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      await expect(choices).toHaveCount(4);
      const before = await order();
      await page.reload();
      await waitForIslands(page);
      await expect(choices).toHaveCount(4);
      expect(await order()).toEqual(before);
      // The model move here hides the insult – a real moderation, not a text saying so.
      await page.locator('input[name="sim-choice"][value="a"]').check();
      await page.locator('.composer form button[type="submit"]').click();
      await expect(page.locator('.feed .post').first()).toContainText(
        lang === 'de' ? 'Ausgeblendet' : 'Hidden',
      );
      await page.locator('button[data-wait="60"]').click();
      // Two posts wait now: the trainee can pick which one to act on.
      await expect(page.locator('input[name="sim-target"]')).toHaveCount(2);
      await axe(page);
      await page.locator('input[name="sim-choice"][value="a"]').check();
      await page.locator('.composer form button[type="submit"]').click();
      await throughFinalReaction(page);
      await expectDebrief(page, endings.starved[lang]);

      // "Try in the other mode" starts afresh in coaching mode.
      await page.locator('.debrief .actions button').nth(1).click();
      await expect(page.locator('.composer')).toBeVisible();
      const stored = await page.evaluate((key) => localStorage.getItem(key), ATTEMPTS_KEY);
      const saved = JSON.parse(stored ?? '{}') as {
        scenarios: Record<string, { attempts: { mode: string }[]; inProgress?: { mode: string } }>;
      };
      expect(saved.scenarios[TROLL]?.inProgress?.mode).toBe('coaching');
      expect(saved.scenarios[TROLL]?.attempts.at(-1)?.mode).toBe('assessment');
    });

    test('waiting too long escalates to a bad ending', async ({ page }) => {
      await openScenario(page, lang, PARCEL);
      await startScenario(page, 'coaching', 'free');
      await page.locator('button[data-wait="morning"]').click();
      // 22 h 48 min later: still open and, as the scorer counts it, still in time (24 h).
      await expect(page.locator('.clock .age')).toHaveClass(/in-time/);
      await expect(page.locator('.clock .age .norm')).toContainText(
        lang === 'de' ? 'überfällig nach' : 'overdue after',
      );
      await axe(page);
      await page.locator('button[data-wait="morning"]').click();
      await throughFinalReaction(page);
      await expectDebrief(page, endings.ignored[lang]);
      await axe(page);
    });

    test('a reload mid-scenario resumes at the same moment', async ({ page }) => {
      await openScenario(page, lang, PARCEL);
      await startScenario(page, 'coaching', 'free');
      await page.locator('#sim-reply').fill(replies[lang].first);
      await page.locator('.composer form button[type="submit"]').click();
      await page.locator('button[data-wait="15"]').click();
      await expect(page.locator('.inbox .from-customer')).toBeVisible();
      const clock = await page.locator('.clock .now time').innerText();

      await page.reload();
      await waitForIslands(page);
      await expect(page.locator('.note')).toBeVisible();
      await expect(page.locator('.clock .now time')).toHaveText(clock);
      await expect(page.locator('.feed .from-agent')).toContainText(
        replies[lang].first.slice(0, 20),
      );
      await expect(page.locator('.inbox .from-customer')).toBeVisible();
      await page.locator('#sim-reply').fill(replies[lang].second);
      await page.locator('input[name="sim-channel"][value="private"]').check();
      await page.locator('.composer form button[type="submit"]').click();
      await throughFinalReaction(page, janaThanks[lang]);
      await expectDebrief(page, endings.resolved[lang]);

      // The attempt is saved: the library shows the best result.
      await page.goto(`/${lang}/scenarios/`);
      await waitForIslands(page);
      await expect(page.locator(`[data-scenario="${PARCEL}"] .best`)).toContainText(/\d+/);
      await axe(page);
    });

    test('a reply with HTML or script is shown as text', async ({ page }) => {
      await openScenario(page, lang, PARCEL);
      await startScenario(page, 'coaching', 'free');
      await page.locator('#sim-reply').fill(replies[lang].html);
      await expect(page.locator('.hints .draft')).toContainText('<script>');
      await page.locator('.composer form button[type="submit"]').click();
      await expect(page.locator('.feed .from-agent .text')).toContainText(
        '<script>window.__xss=2</script>',
      );
      await expect(page.locator('.feed img, .hints img')).toHaveCount(0);
      expect(
        await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
      ).toBeUndefined();
    });
  });
}

test('a saved game that no longer fits the scenario starts fresh with a note', async ({ page }) => {
  await page.addInitScript(
    ([key, id]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(
        key,
        JSON.stringify({
          v: 1,
          scenarios: {
            [id]: {
              attempts: [{ broken: true }],
              inProgress: {
                fingerprint: 'deadbeef',
                mode: 'coaching',
                input: 'free',
                lang: 'en',
                startedAt: '2026-11-23T08:00:00.000Z',
                elapsedMs: 0,
                snapshot: { value: 'no-such-beat', context: {} },
              },
            },
          },
        }),
      );
    },
    [ATTEMPTS_KEY, PARCEL] as const,
  );
  await openScenario(page, 'en', PARCEL);
  await expect(page.locator('.note')).toContainText('starting afresh');
  await expect(page.locator('.setup')).toBeVisible();
  await axe(page);
});

test('the library lists scenarios with filters', async ({ page }) => {
  await page.goto('/en/scenarios/');
  await waitForIslands(page);
  const cards = page.locator('.cards > li[data-scenario]');
  const total = await cards.count();
  expect(total).toBeGreaterThan(0);
  await expect(page.locator(`[data-scenario="${PARCEL}"]`)).toContainText('Complaint');
  await page.getByLabel('Kind').selectOption('complaint');
  for (const card of await cards.all()) await expect(card).toContainText('Complaint');
  await page.getByLabel('Difficulty').selectOption('beginner');
  await page.getByLabel('Kind').selectOption('');
  for (const card of await cards.all()) await expect(card).toContainText('beginner');
  await axe(page);
});

test('every scenario in the library starts and takes a first move in both languages', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${String(e)}`));
  const ids = sitemapPaths()
    .map((p) => /^\/(de|en)\/scenarios\/([a-z0-9-]+)\/$/.exec(p))
    .filter((m): m is RegExpExecArray => m !== null);
  expect(ids.length).toBeGreaterThanOrEqual(4);
  // Each scenario starts from its setup, not from the game saved on the previous visit.
  await page.addInitScript(() => localStorage.clear());
  for (const [, lang, id] of ids) {
    await openScenario(page, lang as Lang, id ?? '');
    await startScenario(page, 'coaching', 'choice');
    await expect(page.locator('.feed .post').first()).toBeVisible();
    await page.locator('button[data-wait="15"]').first().click();
    await expect(page.locator('.simulator')).toBeVisible();
  }
  expect(errors).toEqual([]);
});
