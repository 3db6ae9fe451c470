/**
 * Saved state never breaks a page: for every stored key, at least 100 damaged values (fixed
 * hostile shapes and seeded mutations of a valid value) are loaded on every page type that
 * reads the key. Each load must raise no page error, hydrate every island and leave the page's
 * content on screen.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { waitForIslands } from './helpers';

test.describe.configure({ timeout: 900_000 });

const practiceIds = [
  'strategy',
  'complaints',
  'trolls',
  'questions',
  'praise',
  'channels',
  'priorities',
]
  .flatMap(
    (a) => parse(readFileSync(`content/quiz/${a}.yaml`, 'utf8')) as { id: string; use?: string }[],
  )
  .filter((i) => i.use === 'practice')
  .map((i) => i.id);

const T = Date.UTC(2026, 10, 23, 9, 0);
const SIGNATURE = 'A'.repeat(86);

/** Valid values written by hand, one per key (the attempts key is captured from a real play). */
const valid: Record<string, unknown> = {
  'replylab:progress:v1': {
    v: 1,
    lessons: { complaints: { readAt: '2026-11-20T10:00:00.000Z' } },
    checks: { complaints: { '0': 1 } },
    last: 'praise',
  },
  'replylab:exam:v1': {
    v: 1,
    current: {
      mode: 'practice',
      seed: 'abc',
      name: 'Anna Weber',
      lang: 'en',
      itemIds: practiceIds.slice(0, 3),
      startedAt: Date.now() - 60_000,
      deadline: Date.now() + 29 * 60_000,
      index: 1,
      responses: { [practiceIds[0]!]: { type: 'truefalse', value: true } },
    },
    attempts: [
      {
        seed: 'old',
        name: 'Anna Weber',
        lang: 'en',
        itemIds: practiceIds.slice(0, 2),
        startedAt: T - 9e6,
        finishedAt: T - 8e6,
        timedOut: false,
        percent: 85,
        passed: true,
        areas: [{ area: 'strategy', items: 1, percent: 85 }],
        revisit: ['complaints'],
        responses: {},
      },
    ],
    submitted: [
      {
        format: 'replylab-exam-answers',
        version: 1,
        bank: 'bank-0123456789abcdef',
        name: 'Anna Weber',
        lang: 'de',
        seed: 's',
        itemIds: ['q-a', 'q-b'],
        startedAt: T - 9e6,
        deadline: T - 9e6 + 1_800_000,
        finishedAt: T - 8e6,
        timedOut: false,
        responses: { 'q-a': { type: 'single', choice: 'p0123456789ab' } },
      },
    ],
  },
  'replylab:certificates:v1': {
    v: 1,
    signed: [
      {
        name: 'Łukasz Wójcik-Aydın',
        date: '2026-11-23',
        score: 90,
        version: '0.1.0',
        code: 'RL-0123-4567-89AB-CDEF',
        issuer: 'Muster AG',
        keyId: '0123456789abcdef',
        signature: SIGNATURE,
      },
    ],
  },
};

/** The stored keys and the page types that read them (all are loaded on every page type). */
const pagesOf: Record<string, string[]> = {
  'replylab:progress:v1': ['/de/', '/en/lessons/complaints/'],
  'replylab:exam:v1': ['/en/exam/', '/de/certificate/', '/en/trainer/'],
  'replylab:certificates:v1': ['/en/certificate/'],
  'replylab:trainee:v1': ['/de/scenarios/parcel-late-facebook/'],
  'replylab:attempts:v1': ['/en/scenarios/parcel-late-facebook/'],
};

/** Seeded PRNG (mulberry32), so every run loads the same corpus. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK: unknown[] = [
  null,
  '',
  ' ',
  '\u200b',
  -1,
  0,
  8.7e15,
  1e308,
  Date.UTC(2200, 0, 1),
  true,
  [],
  {},
  'x'.repeat(5000),
  '<img src=x onerror="window.__xss=1">',
  { __proto__: null, constructor: { prototype: { polluted: 1 } } },
  [1, 1, 1],
  'constructor',
  '__proto__',
  '2026-02-30T00:00:00Z',
  { type: 'ordering', order: ['a', 'a'] },
];

/** Damages 1-3 places of a value: junk in, an array element doubled, a prototype key added. */
function mutate(base: unknown, next: () => number): string {
  const copy = JSON.parse(JSON.stringify(base)) as unknown;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  let proto = false;
  for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
    let node = copy;
    for (let depth = 0; depth < 6; depth++) {
      const keys = node && typeof node === 'object' ? Object.keys(node) : [];
      if (!keys.length) break;
      const key = pick(keys);
      const child = (node as Record<string, unknown>)[key];
      const stop = next() < 0.3 || !child || typeof child !== 'object';
      if (!stop) {
        node = child;
        continue;
      }
      const roll = next();
      if (Array.isArray(node) && roll < 0.25)
        node.push(JSON.parse(JSON.stringify(node[0] ?? null)));
      else if (roll < 0.35) proto = true;
      else
        (node as Record<string, unknown>)[key] = JSON.parse(JSON.stringify(pick(JUNK))) as unknown;
      break;
    }
  }
  const text = JSON.stringify(copy);
  return proto ? text.replace('{', '{"__proto__":{"polluted":true},"constructor":{"x":1},') : text;
}

/** At least 100 stored texts for a key: fixed hostile shapes, then seeded mutations. */
function corpus(key: string, base: unknown, size = 100): string[] {
  const fixed = [
    '',
    '{',
    'null',
    '[]',
    '42',
    '"x"',
    JSON.stringify({ v: 2 }),
    JSON.stringify({ v: '1' }),
    '{"__proto__":{"v":1}}',
    JSON.stringify(base).replace('{', '{"v":1,"__proto__":{"polluted":true},'),
    'x'.repeat(100_000),
  ];
  const next = random(
    [...key].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261),
  );
  const out = [...fixed];
  while (out.length < size) out.push(mutate(base, next));
  return out;
}

/** The trainee store holds plain text: hostile strings instead of JSON. */
function traineeCorpus(): string[] {
  const next = random(7);
  const pieces = [
    'Lena',
    ' ',
    '\u0000',
    '\u202e',
    '\u2028',
    '\t',
    '<b>x</b>',
    '\ud800',
    '😀',
    'x'.repeat(200),
    '\u200b',
  ];
  const out = ['', ' ', '\n\n', 'x'.repeat(100_000), '{"v":1}', '\u202eanel'];
  while (out.length < 100) {
    let s = '';
    for (let n = 1 + Math.floor(next() * 4); n > 0; n--)
      s += pieces[Math.floor(next() * pieces.length)];
    out.push(s);
  }
  return out;
}

/** Loads a page with the given stored values; returns what went wrong (nothing, when fine). */
async function loadWith(
  page: Page,
  stored: Record<string, string>,
  path: string,
): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: Error) => errors.push(e.message);
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  };
  page.on('pageerror', onError);
  page.on('console', onConsole);
  try {
    await page.evaluate((values) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
    }, stored);
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    // Every island hydrated (Astro removes the ssr attribute), checked at every frame.
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), null, {
      polling: 'raf',
      timeout: 10_000,
    });
    const text = await page.locator('main').innerText();
    if (text.trim().length < 40) errors.push('blank page');
    if (await page.evaluate(() => (window as unknown as { __xss?: number }).__xss))
      errors.push('script ran');
  } catch (error) {
    errors.push((error as Error).message);
  } finally {
    page.off('pageerror', onError);
    page.off('console', onConsole);
  }
  return errors;
}

/** A real game in progress, captured from the page: the base of the saved-game corpus. */
async function savedGame(page: Page): Promise<Record<string, unknown>> {
  await page.goto('/en/scenarios/parcel-late-facebook/');
  await waitForIslands(page);
  await page.locator('input[name="sim-mode"][value="coaching"]').check();
  await page.locator('.setup button[type="submit"]').click();
  await expect(page.locator('.composer, .simulator .moves').first()).toBeVisible();
  const stored = await page.evaluate(() => localStorage.getItem('replylab:attempts:v1'));
  return JSON.parse(stored!) as Record<string, unknown>;
}

/** 100 saved games whose snapshot is damaged (the attempts decoder passes it to snapshotFits). */
function gameCorpus(base: Record<string, unknown>): string[] {
  const scenarios = base.scenarios as Record<string, { inProgress: { snapshot: unknown } }>;
  const record = scenarios['parcel-late-facebook']!;
  const next = random(11);
  const out: string[] = [];
  while (out.length < 100) {
    const snapshot = JSON.parse(mutate(record.inProgress.snapshot, next)) as unknown;
    out.push(
      JSON.stringify({
        ...base,
        scenarios: {
          'parcel-late-facebook': { ...record, inProgress: { ...record.inProgress, snapshot } },
        },
      }),
    );
  }
  return out;
}

/** Every page type that reads stored state. */
const PAGES = [
  '/de/',
  '/en/lessons/complaints/',
  '/en/scenarios/',
  '/de/scenarios/parcel-late-facebook/',
  '/en/exam/',
  '/de/certificate/',
  '/en/trainer/',
];

test('damaged saved state breaks no page: 100 variants of every key on every page type', async ({
  browser,
  page,
}) => {
  expect(Object.keys(pagesOf)).toHaveLength(5);
  const keys = Object.keys(valid);
  const corpora: Record<string, string[]> = Object.fromEntries(
    keys.map((key) => [key, corpus(key, valid[key])]),
  );
  corpora['replylab:trainee:v1'] = traineeCorpus();
  corpora['replylab:attempts:v1'] = gameCorpus(await savedGame(page));
  for (const values of Object.values(corpora)) expect(values.length).toBeGreaterThanOrEqual(100);

  // Variant i of every key is stored together; each page type is loaded with each variant.
  const jobs = PAGES.flatMap((path) =>
    Array.from({ length: 100 }, (_, i) => ({
      path,
      stored: Object.fromEntries(Object.entries(corpora).map(([k, list]) => [k, list[i]!])),
    })),
  );
  // Three browser contexts (separate storage) share the loads.
  const failures: string[] = [];
  const workers = await Promise.all([1, 2, 3].map(() => browser.newContext()));
  await Promise.all(
    workers.map(async (context, w) => {
      const tab = await context.newPage();
      await tab.goto('/de/');
      for (let j = w; j < jobs.length; j += workers.length) {
        const { path, stored } = jobs[j]!;
        const errors = await loadWith(tab, stored, path);
        if (errors.length)
          failures.push(
            `${path} with ${JSON.stringify(stored).slice(0, 400)}: ${errors.join(' | ')}`,
          );
      }
      await context.close();
    }),
  );
  expect(failures).toEqual([]);
});
