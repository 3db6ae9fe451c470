/**
 * Export budget check: times every export of the full course and bank in both languages and
 * prints the file sizes, then opens the SCORM 2004 package in Chromium (no LMS, files served
 * from memory) and times its first screen until it is interactive. Budgets: every export ≤ 5 s,
 * SCORM zip ≤ 3 MB, package first screen interactive ≤ 2 s. Exits 1 when over.
 */
import { loadavg } from 'node:os';
import { extname } from 'node:path';
import { chromium } from '@playwright/test';
import player from 'virtual:replylab-player';
import { COURSE_FORMATS, exportCourse } from '../src/lib/export';
import { unzip } from '../src/lib/export/zip';
import { readCourse, readSchemas } from './export';

const ZIP_BUDGET = 3 * 1024 * 1024;
const FIRST_SCREEN_BUDGET_MS = 2000;

let over = false;
let scorm2004: Uint8Array | undefined;
for (const lang of ['de', 'en'] as const) {
  const start = performance.now();
  const course = await readCourse(lang);
  const build = performance.now() - start;
  console.log(`${lang}: course data (MDX + bank) ${build.toFixed(0)} ms`);
  for (const format of COURSE_FORMATS) {
    const t0 = performance.now();
    const file = exportCourse(format, course, {
      player,
      scorm12Schemas: readSchemas('scorm12'),
      scorm2004Schemas: readSchemas('scorm2004-4th'),
    });
    if (format === 'scorm2004' && lang === 'de') scorm2004 = file.data;
    const ms = performance.now() - t0 + build;
    const kb = file.data.length / 1024;
    const bad = ms > 5000 || (format.startsWith('scorm') && file.data.length > ZIP_BUDGET);
    over ||= bad;
    console.log(
      `  ${format.padEnd(10)} ${ms.toFixed(0).padStart(6)} ms (incl. course data)  ${kb.toFixed(1).padStart(8)} KB${bad ? '  OVER BUDGET' : ''}`,
    );
  }
}

/** Median time from navigation to the first lesson on screen with its navigation clickable. */
async function firstScreen(files: Record<string, Uint8Array>): Promise<number> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
  };
  const times: number[] = [];
  try {
    for (let run = 0; run < 5; run++) {
      const page = await browser.newPage();
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        const file = files[url.pathname.slice(1)];
        if (url.origin !== 'http://pkg.invalid' || !file) return route.abort();
        return route.fulfill({
          contentType: types[extname(url.pathname)] ?? 'application/octet-stream',
          body: Buffer.from(file),
        });
      });
      const t0 = performance.now();
      await page.goto('http://pkg.invalid/index.html', { waitUntil: 'commit' });
      await page.locator('h1').first().waitFor();
      await page.locator('#go-exam').click({ trial: true });
      times.push(performance.now() - t0);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

if (scorm2004) {
  const ms = await firstScreen(unzip(scorm2004));
  const bad = ms > FIRST_SCREEN_BUDGET_MS;
  over ||= bad;
  console.log(
    `package first screen interactive (SCORM 2004, de, median of 5): ${ms.toFixed(0)} ms, budget ${FIRST_SCREEN_BUDGET_MS} ms${bad ? '  OVER BUDGET' : ''} (load average ${loadavg()[0]!.toFixed(1)})`,
  );
}
if (over) process.exit(1);
