// The drill runner in a real browser, with Playwright's clock standing in for real time: the
// countdown, a time-out that the engine turns into no reply (and the customer chasing), a tab
// the browser lets sleep (time jumps), a reload mid-decision, axe in both languages, and the
// whole trainer journey: builder → link → two trainees → results files → dashboard.
//
// Every expected figure is written down by hand from the scenario files and the plan (times,
// clock readings) or from the scorer's published figures for these exact replies
// (tests/fixtures/drill/runner-moves.md), never computed by the code under test.
import { expect, test, type Page } from '@playwright/test';
import { encodeFragment } from '../../src/lib/drill/link';
import type { DrillPlan } from '../../src/lib/drill/plan';
import { expectNoAxeViolations, waitForIslands } from './helpers';

const T0 = new Date('2026-12-07T09:00:00Z');

function plan(over: Partial<DrillPlan> = {}): DrillPlan {
  return {
    v: 1,
    id: 'runnerTest01',
    name: 'Runner <i>test</i>',
    lang: 'en',
    order: 'sequence',
    scenarios: ['research-question-status'],
    decisionSeconds: 30,
    compression: 1,
    input: 'choice',
    hints: false,
    pass: { overall: 60, dimensions: { timing: 60 } },
    names: 'pseudonym',
    ...over,
  };
}

/** Opens the drill link with the clock installed and paused, so only the test moves time. */
async function openDrill(
  page: Page,
  p: DrillPlan,
  lang: 'de' | 'en' = 'en',
  paused = true,
): Promise<void> {
  await page.clock.install({ time: T0 });
  // axe needs running timers: the accessibility checks keep the clock running.
  if (paused) await page.clock.pauseAt(new Date(T0.getTime() + 1000));
  await page.goto(`/${lang}/drill/#${encodeFragment(p)}`);
  await waitForIslands(page);
  await expect(page.locator('.runner[data-ready="yes"]')).toBeVisible();
}

async function start(page: Page, name: string, label: RegExp | string = /name/i): Promise<void> {
  await page.getByLabel(label).first().fill(name);
  await page.locator('.runner form.start button[type="submit"]').click();
  await expect(page.locator('.runner[data-stage="play"] .composer')).toBeVisible();
}

const countdown = (page: Page) => page.getByTestId('countdown-time');
const cue = (page: Page) => page.getByTestId('countdown-cue');
const clock = (page: Page) => page.locator('.clock .now time');

test('countdown, announcements, and a time-out that counts as no reply through the engine', async ({
  page,
}) => {
  await openDrill(page, plan());
  await start(page, 'Robin');
  await expect(countdown(page)).toHaveText('0:30');
  await expect(cue(page)).toHaveText('You have 30 seconds for this decision.');
  // The scenario starts on Tuesday at 13:30 (scenario file); one simulated minute per second.
  await expect(clock(page)).toHaveText('Tue 13:30');
  await page.clock.runFor(20_000);
  await expect(countdown(page)).toHaveText('0:10');
  await expect(cue(page)).toHaveText('10 seconds left.');
  await expect(clock(page)).toHaveText('Tue 13:50');
  await page.clock.runFor(10_000);
  // Time is up: the engine waits, as the simulator's wait does, until the scenario's own rule
  // for an unanswered question applies (waited 240 minutes → "chasing"): Nadia asks again.
  await expect(page.locator('.drill-play .main')).toContainText('Hello? Anyone there?');
  await expect(clock(page)).toHaveText('Tue 17:30');
  await expect(cue(page)).toHaveText(
    'Time is up. This counts as no reply. You have 30 seconds for this decision.',
  );
  await expect(countdown(page)).toHaveText('0:30');
});

test('a tab the browser lets sleep catches up from timestamps', async ({ page }) => {
  await openDrill(page, plan());
  await start(page, 'Robin');
  await expect(countdown(page)).toHaveText('0:30');
  // fastForward jumps 45 s at once and fires a due timer only once, like a throttled tab.
  await page.clock.fastForward(45_000);
  // The deadline passed at +30 s: the time-out happened then (clock 17:30, Nadia chases) and
  // the next decision opened at that moment, so 15 of its 30 seconds are gone; 15 more
  // simulated minutes have passed since.
  await expect(page.locator('.drill-play .main')).toContainText('Hello? Anyone there?');
  await expect(countdown(page)).toHaveText('0:15');
  await expect(clock(page)).toHaveText('Tue 17:45');
});

test('a reload mid-decision resumes the same decision with the time that is left', async ({
  page,
}) => {
  await openDrill(page, plan());
  await start(page, 'Robin');
  await page.clock.runFor(12_000);
  await expect(countdown(page)).toHaveText('0:18');
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByTestId('run-note')).toHaveText(
    'Your drill has resumed where you left it.',
  );
  await expect(countdown(page)).toHaveText('0:18');
  await expect(cue(page)).toHaveText('You have 18 seconds left for this decision.');
  await expect(clock(page)).toHaveText('Tue 13:42');
  await page.clock.runFor(18_000);
  await expect(page.locator('.drill-play .main')).toContainText('Hello? Anyone there?');
});

test('axe finds nothing at the start, mid-drill and at the result, in both languages', async ({
  page,
}) => {
  // A long limit and the clock running naturally: axe needs timers, nothing must time out.
  const p = plan({
    id: 'runnerAxe001',
    decisionSeconds: 900,
    scenarios: ['product-question-simple'],
  });
  for (const lang of ['de', 'en'] as const) {
    await openDrill(page, { ...p, lang }, lang, false);
    await expectNoAxeViolations(page);
  }
  await start(page, 'Robin');
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: /Hi Lukas, yes, it can/ }).check();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.locator('#drill-reaction-h')).toBeFocused();
  await page.getByRole('button', { name: 'See the scenario’s result' }).click();
  await expect(page.getByTestId('scenario-result')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'See the overall result' }).click();
  await expect(page.getByTestId('drill-results')).toBeVisible();
  await expectNoAxeViolations(page);
});

/** One trainee's run in a browser context of their own; returns the results file's path. */
async function trainee(
  page: Page,
  link: string,
  name: string,
  play: (page: Page) => Promise<void>,
): Promise<{ json: string; csv: string; jsonName: string }> {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(new Date(T0.getTime() + 1000));
  await page.goto(link);
  await waitForIslands(page);
  await expect(page.locator('.runner[data-ready="yes"]')).toBeVisible();
  await start(page, name, 'Your name');
  await play(page);
  await expect(page.locator('#drill-reaction-h')).toBeVisible();
  await page.getByRole('button', { name: 'See the scenario’s result' }).click();
  await page.getByRole('button', { name: 'See the overall result' }).click();
  await expect(page.getByTestId('drill-results')).toBeVisible();
  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the results file (JSON)' }).click();
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the results as CSV' }).click();
  const [j, c] = [await json, await csv];
  return { json: await j.path(), csv: await c.path(), jsonName: j.suggestedFilename() };
}

test('builder → link → two trainees → results files → the dashboard shows the hand-computed figures', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await page.goto('/en/trainer/drills/');
  await waitForIslands(page);
  await page.getByLabel('Name of the drill').fill('Jacket question');
  await page.getByRole('button', { name: 'Add Can I wash the jacket?' }).click();
  await page.getByLabel('Time per decision (seconds, real time)').fill('30');
  await page.getByLabel('picked from options').check();
  const link = await page.getByTestId('drill-link').inputValue();

  // Anna answers with the model reply after 5 s; Ben lets the 30 s run out.
  const anna = await browser.newContext();
  const ben = await browser.newContext();
  const a = await trainee(await anna.newPage(), link, 'Anna', async (p) => {
    await p.clock.runFor(5_000);
    await p.getByRole('radio', { name: /Hi Lukas, yes, it can/ }).check();
    await p.getByRole('button', { name: 'Send', exact: true }).click();
  });
  const annaPage = anna.pages()[0]!;
  await expect(annaPage.getByTestId('drill-verdict')).toHaveText(
    'Passed: you reached every threshold.',
  );
  const b = await trainee(await ben.newPage(), link, 'Ben', async (p) => {
    await expect(countdown(p)).toHaveText('0:30');
    await p.clock.runFor(30_000);
  });
  const benPage = ben.pages()[0]!;
  await expect(benPage.getByTestId('drill-verdict')).toHaveText(
    'Not passed: Overall, Resolution, Channel choice below the threshold.',
  );
  expect(a.jsonName).toBe('drill-Jacket-question-Anna-2026-12-07.json');
  const { readFileSync } = await import('node:fs');
  const csvRows = readFileSync(a.csv, 'utf8').trim().split(/\r?\n/);
  expect(csvRows).toHaveLength(2);
  expect(csvRows[1]).toContain('Anna');

  // The figures by hand (tests/fixtures/drill/runner-moves.md): Anna's reply scores 90 overall
  // (timing 100, tone 92, empathy 91, personal touch 81, resolution 87, channel 90) after
  // 5 s; Ben's silence scores 0 (resolution 0, channel 0, the rest not applicable) after the
  // full 30 s. Pass mark 60 everywhere: Anna passes, Ben does not → 50 %; mean of 90 and 0 is
  // 45; the median of two is their mean, 45.
  await page.goto('/en/trainer/results/');
  await waitForIslands(page);
  await page.locator('#results-files').setInputFiles([a.json, b.json]);
  await expect(page.getByTestId('overview')).toHaveText(
    'Runs 2 Passed 50 % Mean overall 45 Median overall 45',
  );
  const rows = await page
    .getByTestId('trainee-table')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
    );
  expect(rows).toEqual([
    ['Anna', '90', '100', '92', '91', '81', '87', '90', 'yes', '1', '0', '5 s'],
    ['Ben', '0', '–', '–', '–', '–', '0', '0', 'no', '1', '1', '30 s'],
  ]);
  await anna.close();
  await ben.close();
});

test('a damaged saved run never blanks the page: repaired where it can be, else discarded', async ({
  page,
}) => {
  const key = 'replylab:drill-run:v1:runnerTest01';
  await openDrill(page, plan());
  await start(page, 'Robin');
  await page.clock.runFor(12_000);
  await expect(countdown(page)).toHaveText('0:18');
  // Damage the open decision's countdown and add a broken entry: the rest is kept, the
  // decision's countdown starts again.
  await page.evaluate((k) => {
    const run = JSON.parse(localStorage.getItem(k)!) as Record<string, unknown> & {
      play: Record<string, unknown>;
    };
    run.play.countdown = { key: 3 };
    run.decisions = ['broken'];
    localStorage.setItem(k, JSON.stringify(run));
  }, key);
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByTestId('run-note')).toHaveText(
    'Part of the saved drill was damaged; the rest has been kept.',
  );
  await expect(countdown(page)).toHaveText('0:30');
  await expect(clock(page)).toHaveText('Tue 13:42');

  // Unreadable: discarded, with a note, and the trainee can start again.
  await page.evaluate((k) => localStorage.setItem(k, '{"v":1,'), key);
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByTestId('run-note')).toHaveText(
    'The drill saved in this browser was damaged and has been discarded. You can start again.',
  );
  await start(page, 'Robin');
  await expect(countdown(page)).toHaveText('0:30');
});

test('free text with coaching hints (German): hints while typing, the draft survives a reload', async ({
  page,
}) => {
  const p = plan({
    id: 'runnerFree01',
    lang: 'de',
    input: 'free',
    hints: true,
    scenarios: ['product-question-simple'],
  });
  await openDrill(page, p, 'de');
  await start(page, 'Robin', 'Ihr Name oder ein Pseudonym');
  await expect(cue(page)).toHaveText('Sie haben 30 Sekunden für diese Entscheidung.');
  const draft = 'Hallo Lukas, ja: bei 30 Grad im Schonwaschgang. Viele Grüße, Robin';
  await page.locator('#sim-reply').fill(draft);
  await expect(page.locator('.hints .hint').first()).toBeVisible();
  // The paused clock holds back the draft's save timer: leaving the page saves it at once.
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator('#sim-reply')).toHaveValue(draft);
  await page.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(page.locator('#drill-reaction-h')).toBeFocused();
  await expect(page.locator('.drill-play .main')).toContainText(draft);
});
