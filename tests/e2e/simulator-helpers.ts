import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForIslands } from './helpers';

export type Lang = 'de' | 'en';

/** Opens a scenario with the real clock frozen, so thinking time adds no simulated minutes. */
export async function openScenario(page: Page, lang: Lang, id: string): Promise<void> {
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await page.goto(`/${lang}/scenarios/${id}/`);
  await waitForIslands(page);
}

/** Starts with the given mode and input (and the trainee's name) via the setup form. */
export async function startScenario(
  page: Page,
  mode: 'coaching' | 'assessment',
  input: 'free' | 'choice',
  name?: string,
): Promise<void> {
  await page.locator(`input[name="sim-mode"][value="${mode}"]`).check();
  if (name !== undefined) await page.locator('#sim-name').fill(name);
  const inputs = page.locator(`input[name="sim-input"][value="${input}"]`);
  if ((await inputs.count()) > 0) await inputs.check();
  await page.locator('.setup button[type="submit"]').click();
  await expect(page.locator('.composer, .simulator .moves').first()).toBeVisible();
}

export async function axe(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
}

/**
 * After an ending: the final reaction is on screen (checked with axe), then the trainee moves
 * on to the debrief.
 */
export async function throughFinalReaction(page: Page, reaction?: string): Promise<void> {
  await expect(page.locator('#sim-reaction-h')).toBeFocused();
  if (reaction) await expect(page.locator('.simulator .play')).toContainText(reaction);
  await axe(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#sim-debrief-h')).toBeFocused();
}

/**
 * What the debrief must say, written down by hand (never computed by the engine under test):
 * the ending's title, its class, and whether the overall passes (60 or more).
 */
export interface ExpectedDebrief {
  title: string;
  outcome: 'good' | 'neutral' | 'bad';
  passes: boolean;
}

export async function expectDebrief(page: Page, expected: ExpectedDebrief): Promise<void> {
  await expect(page.locator('.debrief .ending')).toContainText(expected.title);
  await expect(page.locator('.debrief .ending')).toHaveClass(new RegExp(expected.outcome));
  const overall = Number(/\d+/.exec(await page.getByTestId('overall').innerText())?.[0]);
  expect(overall >= 60, `overall ${overall}`).toBe(expected.passes);
  // Six bars, each a score or "n/a".
  expect(Object.keys(await debriefScores(page))).toHaveLength(6);
}

/** The six scores as the debrief's chart shows them (null where "n/a"). */
export async function debriefScores(page: Page): Promise<Record<string, number | null>> {
  const out: Record<string, number | null> = {};
  for (const row of await page.locator('.chart .row').all()) {
    const criterion = (await row.getAttribute('data-criterion')) ?? '';
    const value = (await row.locator('.value').innerText()).trim();
    out[criterion] = /^\d+$/.test(value) ? Number(value) : null;
  }
  return out;
}

/** Presses Tab until `target` has focus (keyboard-only journeys); fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    const focused = await page.evaluate(
      (sel) => document.activeElement?.matches(sel) ?? false,
      selector,
    );
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}
