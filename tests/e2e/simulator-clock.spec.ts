import { expect, test } from '@playwright/test';
import { openScenario, startScenario } from './simulator-helpers';

test('thinking time moves the clock and arriving posts shift nothing', async ({ page }) => {
  await openScenario(page, 'en', 'parcel-late-facebook');
  await startScenario(page, 'coaching', 'free');
  await page.evaluate(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
      }[])
        if (!entry.hadRecentInput) w.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: false });
  });
  await expect(page.locator('.clock .now time')).toContainText('09:12');
  // Rate 30: one and a half real minutes are 45 simulated minutes; Tom's comment is due at +40.
  await page.clock.runFor(90_000);
  await expect(page.locator('.clock .now time')).toContainText('09:57');
  await expect(page.locator('.feed .from-crowd')).toBeVisible();
  await page.waitForTimeout(300);
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  console.log(`layout shift while posts arrived: ${shift.toFixed(4)}`);
  expect(shift).toBeLessThan(0.01);
});
