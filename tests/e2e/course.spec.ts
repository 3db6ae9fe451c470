import { test, expect } from '@playwright/test';
import { PROGRESS_KEY } from '../../src/stores/progress';

test.describe('language', () => {
  test('/ sends an English browser to /en/ and a German one to /de/', async ({ browser }) => {
    for (const [locale, expected] of [
      ['en-GB', '/en/'],
      ['de-DE', '/de/'],
      ['fr-FR', '/de/'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`${expected}$`));
      await context.close();
    }
  });

  test('/ offers plain links when scripts are off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('href', '/de/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await context.close();
  });

  test('the switcher keeps the visitor on the same page', async ({ page }) => {
    await page.goto('/de/lessons/praise/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await expect(page).toHaveURL(/\/en\/lessons\/praise\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Auf Deutsch wechseln' }).click();
    await expect(page).toHaveURL(/\/de\/lessons\/praise\/$/);
  });
});

test.describe('lessons and progress', () => {
  test('a lesson and its knowledge check work by keyboard alone, and progress survives a reload', async ({
    page,
  }) => {
    await page.goto('/en/lessons/complaints/');
    // Skip link first, then into the content.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');

    const check = page.locator('[data-check]');
    const questions = check.locator('fieldset');
    const count = await questions.count();
    expect(count).toBeGreaterThanOrEqual(2);

    // Tab to the first radio of each question and pick the correct option with the arrow keys.
    for (let q = 0; q < count; q++) {
      const fieldset = questions.nth(q);
      const radios = fieldset.locator('input[type=radio]');
      const correctIndex = await radios.evaluateAll((els) =>
        els.findIndex((el) => (el as HTMLInputElement).dataset.correct === 'true'),
      );
      // Focus moves by keyboard: Tab until the focus is inside this fieldset.
      for (let i = 0; i < 200; i++) {
        if (await fieldset.evaluate((el) => el.contains(document.activeElement))) break;
        await page.keyboard.press('Tab');
      }
      // Arrow keys move and select within a radio group; the first ArrowDown selects option 2.
      await page.keyboard.press('Space');
      for (let i = 0; i < correctIndex; i++) await page.keyboard.press('ArrowDown');
      await expect(radios.nth(correctIndex)).toBeChecked();
      await expect(fieldset.locator('[data-feedback] p:not([hidden])')).toContainText('Correct.');
    }
    await expect(check.locator('[data-score]')).toHaveText(
      `${count} of ${count} questions answered correctly`,
    );
    await expect(page.getByRole('button', { name: 'Read ✓' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.reload();
    await expect(page.getByRole('button', { name: 'Read ✓' })).toBeVisible();
    await expect(check.locator('input:checked')).toHaveCount(count);

    // The same progress shows in the other language (keyed by lesson id, not URL).
    await page.goto('/de/');
    await expect(page.locator('[data-lesson-id="complaints"] [data-state]')).toHaveText('gelesen');
    await expect(page.locator('[data-progress-text]')).toHaveText(/^1 von \d+ Lektionen gelesen$/);
    await expect(page.locator('[data-continue]')).toContainText('Weiter mit');
  });

  test('mark as read updates the course home, and reset asks first', async ({ page }) => {
    await page.goto('/de/lessons/why-social-care/');
    await page.getByRole('button', { name: 'Als gelesen markieren' }).click();
    await page.goto('/de/');
    await expect(page.locator('[data-lesson-id="why-social-care"]')).toHaveClass(/is-read/);

    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: 'Fortschritt zurücksetzen' }).click();
    await expect(page.locator('[data-lesson-id="why-social-care"]')).toHaveClass(/is-read/);

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Fortschritt zurücksetzen' }).click();
    await expect(page.locator('[data-lesson-id="why-social-care"]')).not.toHaveClass(/is-read/);
    await expect(page.locator('[data-progress-notice]')).toHaveText(
      'Ihr Fortschritt wurde zurückgesetzt.',
    );
    await page.reload();
    await expect(page.locator('[data-progress-text]')).toHaveText(/^0 von \d+ Lektionen gelesen$/);
  });

  test('corrupted progress in localStorage keeps what is valid and never breaks the page', async ({
    page,
  }) => {
    await page.goto('/en/');
    await page.evaluate((key) => {
      localStorage.setItem(
        key,
        JSON.stringify({
          v: 1,
          lessons: {
            praise: { readAt: '2026-11-01T10:00:00Z' },
            '<img src=x onerror=alert(1)>': 5,
          },
          checks: 'garbage',
        }),
      );
    }, PROGRESS_KEY);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.reload();
    await expect(page.locator('[data-lesson-id="praise"]')).toHaveClass(/is-read/);
    await expect(page.locator('[data-progress-notice]')).toContainText('damaged');
    await page.evaluate((key) => localStorage.setItem(key, '{{{not json'), PROGRESS_KEY);
    await page.goto('/en/lessons/praise/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-check] fieldset').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});
