import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForIslands } from './helpers';
import { axe, openScenario, startScenario } from './simulator-helpers';

const PARCEL = 'parcel-late-facebook';
const X_QUESTION = 'account-question-private';
const send = '.composer form button[type="submit"]';
const reply =
  "Dear Ms Becker, I'm so sorry – seven days is far too long, and that's our mistake. Please send me your order number by direct message and I'll sort it out right away. Best wishes, Lena";

/** Accepts (or dismisses) the next confirm dialog. */
function answerConfirm(page: Page, accept: boolean): void {
  page.once('dialog', (d) => void (accept ? d.accept() : d.dismiss()));
}

/** Whether an element lies wholly inside the window. */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  return !!box && !!size && box.y >= 0 && box.y + box.height <= size.height;
}

test('restart, switch mode and abandon a game in progress; the library shows it in progress', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openScenario(page, 'en', PARCEL);
  await startScenario(page, 'coaching', 'free');
  const clock = page.locator('.clock .now time');
  const game = page.locator('.gamebar');
  await page.locator('button[data-wait="60"]').click();
  await expect(clock).toContainText('10:1');
  await axe(page);

  // Cancelling keeps the game; confirming starts afresh at 09:12.
  answerConfirm(page, false);
  await game.locator('[data-game="restart"]').click();
  await expect(clock).toContainText('10:1');
  answerConfirm(page, true);
  await game.locator('[data-game="restart"]').click();
  await expect(clock).toContainText('09:1');

  answerConfirm(page, true);
  await game.locator('[data-game="switch"]').click();
  await expect(game).toContainText('assessment');
  await expect(page.locator('.hints')).toHaveCount(0);

  // The library says it is in progress and leads back to it.
  await page.goto('/en/scenarios/');
  await waitForIslands(page);
  const card = page.locator(`[data-scenario="${PARCEL}"]`);
  await expect(card.locator('.progress')).toContainText('In progress: assessment, in English');
  await expect(card.locator('.best')).toHaveCount(0);
  await card.locator('.progress a').click();
  await waitForIslands(page);
  await expect(page.locator('.gamebar')).toContainText('assessment');

  answerConfirm(page, true);
  await page.locator('[data-game="abandon"]').click();
  await expect(page.locator('.setup')).toBeVisible();
  await expect(page.locator('.note')).toContainText('abandoned');
  await axe(page);
  await page.goto('/en/scenarios/');
  await waitForIslands(page);
  await expect(card.locator('.progress')).toHaveCount(0);
  await expect(card.locator('.best')).toHaveText('Not played yet');
});

test('the draft, the channel and the picked post survive a reload', async ({ page }) => {
  await openScenario(page, 'de', PARCEL);
  await startScenario(page, 'coaching', 'free');
  await page.locator('#sim-reply').fill('Liebe Frau Becker, das tut mir leid.');
  await page.locator('input[name="sim-channel"][value="email"]').check();
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('#sim-reply')).toHaveValue('Liebe Frau Becker, das tut mir leid.');
  await expect(page.locator('input[name="sim-channel"][value="email"]')).toBeChecked();
});

test('the language is fixed at start: the other language offers to finish or restart', async ({
  page,
}) => {
  await openScenario(page, 'en', PARCEL);
  await startScenario(page, 'coaching', 'free');
  await page.locator('#sim-reply').fill(reply);
  await page.locator(send).click();
  await page.locator('[data-lang-switch]').click();
  await waitForIslands(page);
  await expect(page).toHaveURL(`/de/scenarios/${PARCEL}/`);
  const conflict = page.locator('.conflict');
  await expect(conflict.locator('h2')).toHaveText('Begonnen auf Englisch');
  await expect(conflict.locator('a')).toHaveAttribute('href', `/en/scenarios/${PARCEL}/`);
  // No English post appears on the German page.
  await expect(page.locator('.feed')).toHaveCount(0);
  await axe(page);
  await conflict.locator('button').click();
  await expect(page.locator('.setup')).toBeVisible();
  await startScenario(page, 'coaching', 'free');
  await expect(page.locator('.feed .post').first()).toContainText('SIEBEN');
});

test('a second tab on the same scenario warns, and takes over what the other did', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await openScenario(page, 'en', PARCEL);
  await startScenario(page, 'coaching', 'free');
  // Paused, this tab writes nothing by itself (thinking time would move its clock on).
  await page.locator('.clock button[aria-pressed]').click();
  const other = await context.newPage();
  await openScenario(other, 'en', PARCEL);
  const warning = '.note.warn[role="status"]';
  await expect(other.locator(warning)).toContainText('also open in another tab');
  await expect(page.locator(warning)).toContainText('also open in another tab');
  await axe(other);
  // A move in the other tab makes this one out of date; it can take over the latest state.
  await other.locator('button[data-wait="240"]').click();
  const clock = await other.locator('.clock .now time').innerText();
  await expect(page.locator('[role="alert"].note')).toContainText('went on in another tab');
  await axe(page);
  await page.locator('[role="alert"].note button').click();
  await expect(page.locator('.clock .now time')).toHaveText(clock);
  // Closing the other tab ends the warning.
  await other.close();
  await expect(page.locator(warning)).toHaveCount(0);
});

test('a double click on Send sends once and does not press what moves under the pointer', async ({
  page,
}) => {
  await openScenario(page, 'en', PARCEL);
  await startScenario(page, 'coaching', 'free');
  await page.locator('#sim-reply').fill(reply);
  const minutes = async () => {
    const [, h, m] = /(\d\d):(\d\d)/.exec(await page.locator('.clock .now time').innerText()) ?? [];
    return Number(h) * 60 + Number(m);
  };
  const before = await minutes();
  await page.locator(send).dblclick();
  await expect(page.locator('.feed .from-agent')).toHaveCount(1);
  await expect(page.locator('.clock button[aria-pressed]')).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  // No wait button was pressed either (the shortest is 15 minutes; thinking time adds a few).
  await page.waitForTimeout(300);
  expect((await minutes()) - before).toBeLessThan(10);
});

test('X counts 280 characters in public; a private message may be longer', async ({ page }) => {
  await openScenario(page, 'en', X_QUESTION);
  await startScenario(page, 'coaching', 'free');
  const text = `Hi Jonas, ${'yes you can switch tariffs at any time. '.repeat(7)}Lena`;
  // Written down by hand: 10 + 40 × 7 + 4 characters.
  const length = 10 + 40 * 7 + 4;
  await page.locator('#sim-reply').fill(text);
  const count = page.locator('#sim-count');
  await expect(count).toHaveText(`${length} of 280 characters`);
  await expect(count).toHaveClass(/over/);
  await page.locator(send).click();
  await expect(page.locator('#sim-reply-error')).toHaveText(
    `Your reply is ${length - 280} characters too long: 280 at most are allowed here.`,
  );
  await expect(page.locator('.feed .from-agent, .inbox .from-agent')).toHaveCount(0);
  await axe(page);
  await page.locator('input[name="sim-channel"][value="private"]').check();
  await expect(count).toHaveText(`${length} of 2000 characters`);
  await page.locator(send).click();
  await expect(page.locator('.inbox .from-agent')).toHaveCount(1);
});

test('the scorer loads after first paint; until it is there Send waits and the page works', async ({
  page,
}) => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/engine-en*.js', async (route) => {
    await gate;
    await route.continue();
  });
  await openScenario(page, 'en', PARCEL);
  await expect(page.locator('.simulator')).toHaveAttribute('data-engine', 'loading');
  await startScenario(page, 'coaching', 'free');
  await expect(page.locator('.hints')).toContainText('Loading the scorer');
  await page.locator('#sim-reply').fill(reply);
  await page.locator(send).click();
  await expect(page.locator('#sim-reply-error')).toContainText('as soon as the scorer has loaded');
  await expect(page.locator('.feed .from-agent')).toHaveCount(0);
  release();
  await expect(page.locator('.feed .from-agent')).toContainText('Dear Ms Becker');
  await expect(page.locator('.simulator')).toHaveAttribute('data-engine', 'ready');
});

for (const [name, viewport] of [
  ['1366×900', { width: 1366, height: 900 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  test(`the reply box, Send and the hints are in view while typing on ${name}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openScenario(page, 'en', PARCEL);
    await startScenario(page, 'coaching', 'free');
    await page.locator('#sim-reply').click();
    await page.keyboard.type('Dear Ms Becker, I am so sorry.');
    await expect(page.locator('.hints li').first()).toBeVisible();
    // Polled: the page may still be scrolling the box into view on a busy machine.
    for (const locator of [
      page.locator('#sim-reply'),
      page.locator(send),
      page.locator('.hints li').first(),
    ])
      await expect
        .poll(() => inView(page, locator), { message: await locator.innerText().catch(() => '') })
        .toBe(true);
    // On one column the post being answered is quoted above the reply box.
    if (viewport.width < 900)
      await expect(page.locator('.composer .quoted')).toContainText('SEVEN');
  });
}

test('feeds look like their platforms: handles, review stars, weekend times, a DM thread', async ({
  page,
}) => {
  await openScenario(page, 'en', X_QUESTION);
  await startScenario(page, 'coaching', 'choice');
  await expect(page.locator('.feed .post').first()).toContainText('@jonas_albrecht');

  await openScenario(page, 'en', 'one-star-review');
  await startScenario(page, 'coaching', 'choice');
  await expect(page.locator('.feed .stars').first()).toHaveAttribute(
    'aria-label',
    '1 out of 5 stars',
  );

  // By hand from scenarios/inbox-priorities.yaml: Monday 08:30 start, Ute posted 2725 minutes
  // before (Sat 11:05), Sophie 35 minutes before.
  await openScenario(page, 'en', 'inbox-priorities');
  await startScenario(page, 'coaching', 'choice');
  await expect(page.locator('.feed .post', { hasText: 'Best espresso' })).toContainText(
    'Sat 11:05',
  );
  await expect(page.locator('.feed .post', { hasText: 'black' })).toContainText('35 min ago');
  // No post is picked for the trainee in an inbox.
  await expect(page.locator('input[name="sim-target"]:checked')).toHaveCount(0);

  // A private answer opens a conversation: the customer left, the team right.
  await openScenario(page, 'en', PARCEL);
  await startScenario(page, 'coaching', 'free');
  await page.locator('#sim-reply').fill(reply);
  await page.locator(send).click();
  await page.locator('button[data-wait="15"]').click();
  const conversation = page.locator('.inbox .conversation');
  await expect(conversation).toHaveAttribute('aria-label', 'Conversation with Jana Becker');
  await expect(conversation.locator('.bubble.from-customer')).toContainText('4711-2093');
  await axe(page);
});
