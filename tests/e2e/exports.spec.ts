// The LMS packages played in Chromium under real third-party runtimes: SCORM 1.2/2004 under
// scorm-again (LMS-side values read back), the cmi5 AU against a fake LRS whose statements are
// checked with @learninglocker/xapi-validation, QTI 3.0 items in @citolab/qti-components; and
// the trainer page's downloads. Packages come from the command line; files are served with
// page.route (no network).
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expectNoAxeViolations, waitForIslands } from './helpers';

const require = createRequire(import.meta.url);
const validateStatement = (
  require('@learninglocker/xapi-validation') as { default: (s: unknown) => unknown[] }
).default;
const SA = dirname(require.resolve('scorm-again/scorm12'));
const LMS = 'http://lms.invalid';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.xml': 'application/xml',
};

function exportPackage(format: string, lang = 'de'): Record<string, Uint8Array> {
  const out = join(mkdtempSync(join(tmpdir(), 'rl-e2e-')), `${format}.zip`);
  execFileSync(
    'npx',
    [
      'tsx',
      '--import',
      './scripts/raw-import.mjs',
      'scripts/export.ts',
      '--format',
      format,
      '--lang',
      lang,
      '--out',
      out,
    ],
    { stdio: 'pipe' },
  );
  return unzipSync(new Uint8Array(readFileSync(out)));
}

async function servePackage(
  page: Page,
  files: Record<string, Uint8Array>,
  harness: string,
  extra?: (
    url: URL,
    body: string | null,
    method: string,
  ) => string | { status: number; body: string } | undefined,
) {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== LMS) return route.abort();
    const answer = extra?.(url, route.request().postData(), route.request().method());
    if (typeof answer === 'string')
      return route.fulfill({ contentType: 'application/json', body: answer });
    if (answer !== undefined) return route.fulfill({ contentType: 'application/json', ...answer });
    if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: harness });
    if (url.pathname.startsWith('/sa/'))
      return route.fulfill({
        contentType: 'text/javascript',
        body: readFileSync(join(SA, url.pathname.slice(4))),
      });
    const file = files[decodeURIComponent(url.pathname.replace(/^\/pkg\//, ''))];
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      contentType: TYPES[extname(url.pathname)] ?? 'application/octet-stream',
      body: Buffer.from(file),
    });
  });
}

/**
 * Answers every exam item with its key through the site's question components (label clicks,
 * select changes, the ordering buttons), reading the key from the package's own data.js.
 */
async function answerExamWithKey(frame: Frame) {
  await frame.evaluate(async () => {
    type Item = {
      id: string;
      type: string;
      answer?: boolean;
      options?: { text: string; correct: boolean }[];
      pairs?: { id: string }[];
      steps?: { text: string }[];
    };
    const R = (
      window as unknown as { REPLYLAB: { course: { quiz: Item[]; exam: { itemIds: string[] } } } }
    ).REPLYLAB;
    const settle = () => new Promise((r) => setTimeout(r, 0));
    for (const id of R.course.exam.itemIds) {
      const item = R.course.quiz.find((q) => q.id === id)!;
      const box = document.querySelector(`[data-item="${id}"]`)!;
      const labels = [...box.querySelectorAll('label')];
      if (item.type === 'truefalse') labels[item.answer ? 0 : 1]!.querySelector('input')!.click();
      for (const label of item.options ? labels : []) {
        const option = item.options!.find((o) => o.text === label.textContent?.trim());
        if (option?.correct) label.querySelector('input')!.click();
      }
      for (const pair of item.type === 'matching' ? item.pairs! : []) {
        const select = box.querySelector<HTMLSelectElement>(`#match-${id}-${pair.id}`)!;
        select.value = pair.id;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
      // Ordering: move each step up until the list reads in the keyed order.
      const wanted = (item.steps ?? []).map((s) => s.text);
      for (let i = 0; i < wanted.length; i++) {
        for (;;) {
          const shown = [...box.querySelectorAll('ol li .text')].map((e) => e.textContent);
          const at = shown.indexOf(wanted[i]!);
          if (at <= i) break;
          box.querySelectorAll('ol li')[at]!.querySelector('button')!.click();
          await settle();
        }
      }
      await settle();
    }
  });
}

/** The exam's items with their keys, as the package's data.js carries them. */
async function examKey(frame: Frame) {
  return frame.evaluate(() => {
    type Item = {
      id: string;
      type: string;
      answer?: boolean;
      options?: { id: string; correct: boolean }[];
    };
    const R = (
      window as unknown as { REPLYLAB: { course: { quiz: Item[]; exam: { itemIds: string[] } } } }
    ).REPLYLAB;
    return R.course.exam.itemIds.map((id) => {
      const item = R.course.quiz.find((q) => q.id === id)!;
      return {
        id,
        type: item.type,
        answer: item.answer,
        correct: (item.options ?? []).filter((o) => o.correct).map((o) => o.id),
      };
    });
  });
}

/**
 * Plays "parcel-late-facebook" in the package on its model path in choice mode (as in
 * simulator-debrief.spec.ts): answer publicly, wait for the DM, answer privately; by hand it
 * ends "resolved" (a good ending) with a passing overall. Ends on the debrief.
 */
async function playParcelModelPath(frame: Frame) {
  await frame.locator('#go-scenarios').click();
  await frame.locator('[data-scenario="parcel-late-facebook"]').click();
  // The model path in choice mode (as in simulator-debrief.spec.ts): answer publicly, wait for
  // the DM, answer privately; by hand it ends "resolved" with a passing overall.
  await frame.locator('input[name="sim-mode"][value="coaching"]').check();
  await frame.locator('input[name="sim-input"][value="choice"]').check();
  await frame.locator('.setup button[type="submit"]').click();
  await frame.locator('input[name="sim-choice"][value="a"]').check();
  await frame.locator('.composer form button[type="submit"]').click();
  await frame.locator('button[data-wait="15"]').click();
  await frame.locator('input[name="sim-choice"][value="a"]').check();
  await frame.locator('.composer form button[type="submit"]').click();
  await frame.locator('#sim-reaction-h + button').click();
  await expect(frame.locator('.debrief .ending')).toHaveClass(/good/);
}

/** Opens every lesson, answers every exam item with its key, submits and finishes. */
async function playToCompletion(frame: Frame) {
  await frame.waitForFunction(
    () => (window as unknown as { __replylab?: { ready: boolean } }).__replylab?.ready,
  );
  const lessons = await frame.locator('[data-lesson]').count();
  for (let i = 0; i < lessons; i++) await frame.locator(`[data-lesson="${i}"]`).click();
  await frame.locator('#go-exam').click();
  await answerExamWithKey(frame);
  await frame.locator('#submit-exam').click();
  await expect(frame.locator('#result')).toContainText('100');
  await frame.locator('#finish').click();
}

const harness = `<!doctype html><html><head><script src="/sa/scorm12.js"></script><script src="/sa/scorm2004.js"></script></head><body>
<script>
  const settings = { autocommit: false, logLevel: 5 };
  window.API = new Scorm12API(settings);
  window.API_1484_11 = new Scorm2004API(settings);
  // An LMS resuming an attempt hands the stored suspend_data back before LMSInitialize.
  const resume = new URLSearchParams(location.search).get('resume');
  if (resume) {
    window.API.loadFromJSON({ suspend_data: resume });
    window.API_1484_11.loadFromJSON({ suspend_data: resume });
  }
  fetch('/pkg/imsmanifest.xml').then((r) => r.text()).then((txt) => {
    const doc = new DOMParser().parseFromString(txt, 'application/xml');
    const item = doc.getElementsByTagNameNS('*', 'item')[0];
    const res = [...doc.getElementsByTagNameNS('*', 'resource')].find((r) => r.getAttribute('identifier') === item.getAttribute('identifierref'));
    const f = document.createElement('iframe');
    f.title = 'SCO';
    f.src = '/pkg/' + res.getAttribute('href');
    document.body.appendChild(f);
  });
</script></body></html>`;

async function launch(page: Page, files: Record<string, Uint8Array>, resume = '') {
  await servePackage(page, files, harness);
  await page.goto(`${LMS}/${resume ? `?resume=${encodeURIComponent(resume)}` : ''}`);
  const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
  return frame;
}

test('SCORM 1.2 package plays to completion under scorm-again; invalid values are rejected', async ({
  page,
}) => {
  const frame = await launch(page, exportPackage('scorm12'));
  await playToCompletion(frame);
  const lms = await page.evaluate(() => {
    const api = (
      window as unknown as {
        API: {
          cmi: {
            core: { lesson_status: string; score: { raw: string; max: string } };
            suspend_data: string;
          };
          isTerminated: () => boolean;
          LMSSetValue: (k: string, v: string) => string;
        };
      }
    ).API;
    return {
      status: api.cmi.core.lesson_status,
      raw: api.cmi.core.score.raw,
      max: api.cmi.core.score.max,
      suspend: api.cmi.suspend_data.length,
      terminated: api.isTerminated(),
    };
  });
  expect(lms).toEqual({
    status: 'passed',
    raw: '100',
    max: '100',
    suspend: lms.suspend,
    terminated: true,
  });
  expect(lms.suspend).toBeGreaterThan(10);
  expect(lms.suspend).toBeLessThan(4096);
  // Interactions are write-only for the SCO; the LMS side reads them as the runtime serialises
  // them for a commit.
  const records = await page.evaluate(() => {
    const cmi = JSON.parse(
      JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi),
    ) as {
      interactions: Record<
        string,
        { id: string; type: string; result: string; student_response: string }
      >;
    };
    return Object.values(cmi.interactions)
      .filter((i) => typeof i === 'object' && i !== null && 'id' in i)
      .map((i) => [i.id, i.type, i.result, i.student_response]);
  });
  const key = await examKey(frame);
  expect(records.map((r) => r[0])).toEqual(key.map((k) => `exam-${k.id}`));
  expect(new Set(records.map((r) => r[2]))).toEqual(new Set(['correct']));
  const tf = key.findIndex((k) => k.type === 'truefalse');
  expect(records[tf]!.slice(1)).toEqual(['true-false', 'correct', key[tf]!.answer ? 't' : 'f']);
  // The runtime rejects what a broken player would send.
  const fresh = await page.evaluate(() => {
    const api = new (
      window as unknown as {
        Scorm12API: new (s: object) => {
          LMSInitialize: (s: string) => string;
          LMSSetValue: (k: string, v: string) => string;
        };
      }
    ).Scorm12API({});
    api.LMSInitialize('');
    return [
      api.LMSSetValue('cmi.core.lesson_status', 'done'),
      api.LMSSetValue('cmi.core.score.raw', '250'),
    ];
  });
  expect(fresh).toEqual(['false', 'false']);
});

test('SCORM 2004 package plays to completion under scorm-again and keeps its state in suspend_data', async ({
  page,
}) => {
  const files = exportPackage('scorm2004', 'en');
  const frame = await launch(page, files);
  await playToCompletion(frame);
  const lms = await page.evaluate(() => {
    const c = (
      window as unknown as {
        API_1484_11: {
          cmi: {
            completion_status: string;
            success_status: string;
            score: { scaled: string; raw: string };
            suspend_data: string;
          };
        };
      }
    ).API_1484_11.cmi;
    return {
      completion: c.completion_status,
      success: c.success_status,
      scaled: c.score.scaled,
      raw: c.score.raw,
      suspend: c.suspend_data,
    };
  });
  expect(lms).toMatchObject({
    completion: 'completed',
    success: 'passed',
    scaled: '1',
    raw: '100',
  });
  const state = JSON.parse(lms.suspend) as { l: string; s: number };
  expect(state.s).toBe(100);
  expect(state.l).toMatch(/^1+$/);
  // Every exam item is on record as an interaction, answered right, in the edition's notation.
  const records = await page.evaluate(() =>
    (
      window as unknown as {
        API_1484_11: {
          cmi: {
            interactions: {
              childArray: { id: string; type: string; result: string; learner_response: string }[];
            };
          };
        };
      }
    ).API_1484_11.cmi.interactions.childArray.map((i) => ({
      id: i.id,
      type: i.type,
      result: i.result,
      response: i.learner_response,
    })),
  );
  const key = await examKey(frame);
  expect(records).toHaveLength(20);
  expect(records.map((r) => r.id)).toEqual(key.map((k) => `exam-${k.id}`));
  expect(new Set(records.map((r) => r.result))).toEqual(new Set(['correct']));
  for (const [i, k] of key.entries()) {
    if (k.type === 'truefalse')
      expect(records[i]).toMatchObject({ type: 'true-false', response: String(k.answer) });
    if (k.type === 'single')
      expect(records[i]).toMatchObject({ type: 'choice', response: k.correct[0] });
  }
});

test('cmi5 AU sends one statement per decision and valid cmi5-defined statements', async ({
  page,
}) => {
  const files = exportPackage('cmi5');
  const statements: Record<string, unknown>[] = [];
  await servePackage(page, files, '', (url, body) => {
    if (url.pathname === '/fetch') return JSON.stringify({ 'auth-token': 'dGVzdDp0ZXN0' });
    if (url.pathname === '/xapi/statements') {
      statements.push(JSON.parse(body ?? 'null') as Record<string, unknown>);
      return '["ok"]';
    }
    return undefined;
  });
  const q = new URLSearchParams({
    endpoint: `${LMS}/xapi/`,
    fetch: `${LMS}/fetch`,
    actor: JSON.stringify({
      objectType: 'Agent',
      name: 'Trainee',
      account: { homePage: 'https://lms.example.org', name: 't-1' },
    }),
    registration: 'ec231277-b27b-4c15-8291-d29225b2b8f7',
    activityId: 'https://replylab.example/xapi/course/de/0.1.0/au',
  });
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await page.goto(`${LMS}/pkg/index.html?${q}`);
  await playParcelModelPath(page.mainFrame());
  await playToCompletion(page.mainFrame());
  await expect.poll(() => statements.length).toBe(6);
  expect(
    statements.map((s) => (s.verb as { display: { 'en-US': string } }).display['en-US']),
  ).toEqual(['initialized', 'responded', 'responded', 'passed', 'completed', 'terminated']);
  for (const s of statements) expect(validateStatement(s)).toEqual([]);
  // The decisions: the launch's actor and registration, the reply as the response.
  for (const s of statements.slice(1, 3)) {
    expect(s.actor).toMatchObject({ account: { name: 't-1' } });
    expect(s.context).toMatchObject({ registration: 'ec231277-b27b-4c15-8291-d29225b2b8f7' });
    expect(((s.result as { response: string }).response ?? '').length).toBeGreaterThan(20);
  }
  // passed carries the simulator's dimensions per scenario as a result extension.
  const ext = (statements[3]!.result as { extensions: Record<string, Record<string, unknown>> })
    .extensions['https://replylab.example/xapi/extensions/simulation-scores'];
  expect(Object.keys(ext ?? {})).toEqual(['parcel-late-facebook']);
  const broken = { ...statements[3], context: { registration: 'nope' } };
  expect(validateStatement(broken).length).toBeGreaterThan(0);
});

test('cmi5: a scenario left half-played resumes at the same moment from the LRS State resource', async ({
  page,
  browser,
}) => {
  const files = exportPackage('cmi5', 'en');
  // The LRS side: statements are counted, state documents kept per learner, AU and
  // registration (xAPI 1.0.3 §2.3; cmi5 §11 requires the State resource of the LMS's LRS).
  const documents = new Map<string, string>();
  const stateKey = (url: URL) =>
    ['activityId', 'agent', 'registration', 'stateId']
      .map((k) => `${k}=${url.searchParams.get(k) ?? ''}`)
      .join('&');
  const lrs = (url: URL, body: string | null, method: string) => {
    if (url.pathname === '/fetch') return JSON.stringify({ 'auth-token': 'dGVzdDp0ZXN0' });
    if (url.pathname === '/xapi/statements') return '["ok"]';
    if (url.pathname === '/xapi/activities/state') {
      for (const k of ['activityId', 'agent', 'registration', 'stateId'])
        expect(url.searchParams.get(k), k).toBeTruthy();
      if (method === 'PUT') {
        documents.set(stateKey(url), body ?? '');
        return { status: 204, body: '' };
      }
      const doc = documents.get(stateKey(url));
      return doc === undefined ? { status: 404, body: '' } : doc;
    }
    return undefined;
  };
  const q = new URLSearchParams({
    endpoint: `${LMS}/xapi/`,
    fetch: `${LMS}/fetch`,
    actor: JSON.stringify({
      objectType: 'Agent',
      name: 'Trainee',
      account: { homePage: 'https://lms.example.org', name: 't-1' },
    }),
    registration: 'ec231277-b27b-4c15-8291-d29225b2b8f7',
    activityId: 'https://replylab.example/xapi/course/en/0.1.0/au',
  });
  await servePackage(page, files, '', lrs);
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await page.clock.pauseAt(new Date('2026-11-23T09:00:01Z'));
  await page.goto(`${LMS}/pkg/index.html?${q}`);
  const frame = page.mainFrame();
  await frame.locator('#go-scenarios').click();
  await frame.locator('[data-scenario="parcel-late-facebook"]').click();
  await frame.locator('input[name="sim-mode"][value="coaching"]').check();
  await frame.locator('input[name="sim-input"][value="choice"]').check();
  await frame.locator('.setup button[type="submit"]').click();
  await frame.locator('input[name="sim-choice"][value="a"]').check();
  await frame.locator('.composer form button[type="submit"]').click();
  await frame.locator('button[data-wait="15"]').click();
  await expect(frame.locator('input[name="sim-choice"]').first()).toBeVisible();
  const left = await moment(frame);
  // The progress document holds the play as its moves, as SCORM's suspend_data does.
  await expect
    .poll(() => {
      const doc = [...documents.values()][0];
      return doc ? (JSON.parse(doc) as { p: Record<string, string> }).p : undefined;
    })
    .toMatchObject({ 'parcel-late-facebook': expect.stringMatching(/:o\d+w15$/) });
  expect(documents.size).toBe(1);

  // Relaunched on another machine (no localStorage): the LRS hands the document back.
  const second = await browser.newPage();
  await servePackage(second, files, '', lrs);
  await second.clock.install({ time: new Date('2026-11-24T10:00:00Z') });
  await second.clock.pauseAt(new Date('2026-11-24T10:00:01Z'));
  await second.goto(`${LMS}/pkg/index.html?${q}`);
  const again = second.mainFrame();
  await expect(again.locator('.simulator .note')).toContainText('back where you left off');
  await expect(again.locator('input[name="sim-choice"]').first()).toBeVisible();
  expect(await moment(again)).toEqual(left);
  await second.close();

  // Another registration (a new attempt) starts on the first lesson.
  const third = await browser.newPage();
  await servePackage(third, files, '', lrs);
  q.set('registration', '0a8f1c7e-3b2d-4e5f-9a6b-7c8d9e0f1a2b');
  await third.goto(`${LMS}/pkg/index.html?${q}`);
  await expect(third.locator('.simulator')).toHaveCount(0);
  await expect(third.locator('#go-scenarios')).toBeVisible();
  await third.close();
});

test('QTI 3.0 items in @citolab/qti-components: keyed answer max score, distractor zero', async ({
  page,
}) => {
  const files = exportPackage('qti30');
  const cdn = readFileSync(require.resolve('@citolab/qti-components/cdn/index.js'));
  const course = JSON.parse(
    execFileSync(
      'npx',
      [
        'tsx',
        '--import',
        './scripts/raw-import.mjs',
        '-e',
        "import('./scripts/export.ts').then(m=>m.readCourse('de')).then(c=>console.log(JSON.stringify(c.quiz.filter(q=>q.type==='single').slice(0,3))))",
      ],
      { encoding: 'utf8' },
    ),
  ) as { id: string; options: { id: string; correct: boolean }[] }[];
  let current = '';
  await page.route('**/*', (r) => {
    const u = new URL(r.request().url());
    if (u.origin !== LMS) return r.abort();
    if (u.pathname === '/cdn/index.js')
      return r.fulfill({ contentType: 'text/javascript', body: cdn });
    if (u.pathname === '/item.xml')
      return r.fulfill({ contentType: 'application/xml', body: current });
    return r.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="de"><body><div id="host"></div><script type="module">import { qtiTransformItem } from '/cdn/index.js'; const xml = await (await fetch('/item.xml')).text(); document.getElementById('host').appendChild(qtiTransformItem().parse(xml).htmlDoc()); window.__loaded = true;</script></body></html>`,
    });
  });
  const score = async (xml: string, choice: string) => {
    current = xml;
    await page.goto(`${LMS}/`);
    await page.waitForFunction(
      () =>
        (window as unknown as { __loaded?: boolean }).__loaded &&
        document.querySelector('qti-assessment-item'),
    );
    await page.click(`qti-simple-choice[identifier="${choice}"]`);
    return page.evaluate(() => {
      const item = document.querySelector('qti-assessment-item') as unknown as {
        processResponse: () => void;
        getOutcome: (id: string) => { value: unknown };
      };
      item.processResponse();
      return Number(item.getOutcome('SCORE').value);
    });
  };
  for (const item of course) {
    const xml = new TextDecoder().decode(files[`items/${item.id}.xml`]);
    const keyed = `o${item.options.find((o) => o.correct)!.id}`;
    const distractor = `o${item.options.find((o) => !o.correct)!.id}`;
    expect(await score(xml, keyed), item.id).toBe(1);
    expect(await score(xml, distractor), item.id).toBe(0);
    // A broken export (key pointing at a distractor) is caught: the keyed answer no longer scores.
    const broken = xml.replace(
      `<qti-value>${keyed}</qti-value>`,
      `<qti-value>${distractor}</qti-value>`,
    );
    expect(await score(broken, keyed), item.id).toBe(0);
  }
});

test('trainer page: downloads in the page language, no axe violations', async ({ page }) => {
  await page.goto('/en/trainer/');
  await waitForIslands(page);
  await expectNoAxeViolations(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Moodle XML' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^replylab-en-.*-moodle\.xml$/);
  const text = readFileSync(await file.path(), 'utf8');
  expect(text).toContain('<quiz>');
  // The pass rule is a setting of the package: it travels in data.js.
  await page.getByRole('radio', { name: /every dimension/ }).check();
  const zip = page.waitForEvent('download');
  await page.getByRole('button', { name: /SCORM 1\.2/ }).click();
  const files = unzipSync(new Uint8Array(readFileSync(await (await zip).path())));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(['imsmanifest.xml', 'index.html', 'player.js', 'data.js']),
  );
  expect(new TextDecoder().decode(files['data.js'])).toContain(
    '"passing":{"rule":"exam-and-dimensions","minimum":60}',
  );
  await expect(page.getByRole('status').first()).toContainText('downloaded');
});

test('SCORM 1.2 package resumes from suspend_data; damaged or oversized data starts cleanly', async ({
  page,
  browser,
}) => {
  const files = exportPackage('scorm12', 'en');
  const frame = await launch(page, files);
  await frame.waitForFunction(
    () => (window as unknown as { __replylab?: { ready: boolean } }).__replylab?.ready,
  );
  const lessons = await frame.locator('[data-lesson]').count();
  for (let i = 0; i < lessons; i++) await frame.locator(`[data-lesson="${i}"]`).click();
  await frame.locator('#finish').click();
  const saved = await page.evaluate(() => {
    const api = (
      window as unknown as {
        API: { cmi: { suspend_data: string; core: { lesson_status: string } } };
      }
    ).API;
    return {
      data: api.cmi.suspend_data,
      status: api.cmi.core.lesson_status,
    };
  });
  expect(saved.status).toBe('incomplete');
  const second = await browser.newPage();
  const again = await launch(second, files, saved.data);
  await again.waitForFunction(
    () => (window as unknown as { __replylab?: { ready: boolean } }).__replylab?.ready,
  );
  const state = await again.evaluate(() =>
    (
      window as unknown as { __replylab: { state: () => { l: string; s: number } } }
    ).__replylab.state(),
  );
  expect(state.l).toBe('1'.repeat(lessons));
  expect(state.s).toBe(-1);
  await expect(again.locator('[data-lesson="1"]')).toContainText('✓');
  await second.close();
  // Damaged progress from the LMS: a clean start on the first lesson, with a note saying so.
  for (const bad of ['{"v":1,"l":"1', 'x'.repeat(5000)]) {
    const third = await browser.newPage();
    const fresh = await launch(third, files, bad);
    await expect(fresh.locator('#notice')).toContainText('could not be read');
    await expect(fresh.locator('h1')).toHaveText(/.+/);
    await expect(fresh.locator('[data-lesson="1"]')).not.toContainText('✓');
    await third.close();
  }
});

test('the course player runs standalone without an LMS and has no axe violations', async ({
  page,
}) => {
  const files = exportPackage('scorm2004', 'de');
  await servePackage(page, files, '');
  await page.goto(`${LMS}/pkg/index.html`);
  await page.waitForFunction(
    () => (window as unknown as { __replylab?: { ready: boolean } }).__replylab?.ready,
  );
  await expect(page.locator('#notice')).toContainText('Keine Lernplattform gefunden');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expectNoAxeViolations(page);
  await page.locator('#go-exam').click();
  await expectNoAxeViolations(page);
});

test("the package's scenario library and a scenario's setup have no axe violations", async ({
  page,
}) => {
  const files = exportPackage('scorm2004', 'en');
  await servePackage(page, files, '');
  await page.goto(`${LMS}/pkg/index.html`);
  await page.locator('#go-scenarios').click();
  await expectNoAxeViolations(page);
  await page.locator('[data-scenario="parcel-late-facebook"]').click();
  await expect(page.locator('.setup')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('SCORM 2004: a scenario played in the package reaches the LMS as objectives per dimension and per scenario', async ({
  page,
}) => {
  const files = exportPackage('scorm2004', 'en');
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  const frame = await launch(page, files);
  await playParcelModelPath(frame);
  const chart: Record<string, string> = {};
  for (const row of await frame.locator('.chart .row').all())
    chart[(await row.getAttribute('data-criterion'))!] = (
      await row.locator('.value').innerText()
    ).trim();
  const objectives = await page.evaluate(() =>
    (
      window as unknown as {
        API_1484_11: {
          cmi: {
            objectives: {
              childArray: {
                id: string;
                success_status: string;
                completion_status: string;
                score: { scaled: string };
              }[];
            };
          };
        };
      }
    ).API_1484_11.cmi.objectives.childArray.map((o) => ({
      id: o.id,
      success: o.success_status,
      completion: o.completion_status,
      scaled: o.score.scaled,
    })),
  );
  const byId = Object.fromEntries(objectives.map((o) => [o.id, o]));
  expect(Object.keys(byId).sort()).toEqual(
    [
      'channel',
      'empathy',
      'personalization',
      'resolution',
      'scenario-parcel-late-facebook',
      'timing',
      'tone',
    ].sort(),
  );
  expect(byId['scenario-parcel-late-facebook']).toMatchObject({
    success: 'passed',
    completion: 'completed',
  });
  // Each dimension's objective carries the score the debrief shows (one scenario played).
  for (const [criterion, shown] of Object.entries(chart)) {
    if (/^\d+$/.test(shown)) expect(byId[criterion]!.scaled).toBe(String(Number(shown) / 100));
    else expect(byId[criterion]!.scaled).toBe('');
  }
  expect(Object.keys(chart)).toHaveLength(6);
  // Each decision as an interaction: two replies on the model path, the reply text, the
  // latency and the scorer's overall as the result.
  const decisions = await page.evaluate(() =>
    (
      window as unknown as {
        API_1484_11: {
          cmi: {
            interactions: {
              childArray: {
                id: string;
                type: string;
                learner_response: string;
                latency: string;
                result: string;
              }[];
            };
          };
        };
      }
    ).API_1484_11.cmi.interactions.childArray.map((i) => ({
      id: i.id,
      type: i.type,
      response: i.learner_response,
      latency: i.latency,
      result: i.result,
    })),
  );
  expect(decisions.map((d) => d.id)).toEqual([
    'scenario-parcel-late-facebook.1',
    'scenario-parcel-late-facebook.2',
  ]);
  for (const d of decisions) {
    expect(d.type).toBe('other');
    expect(d.response.length).toBeGreaterThan(20);
    expect(d.latency).toMatch(/^PT[\d.]+S$/);
    expect(Number(d.result)).toBeGreaterThan(0);
    expect(Number(d.result)).toBeLessThanOrEqual(1);
  }
});

/** What the simulator shows of a play: the clock, every post in the feed, the options. */
async function moment(frame: Frame) {
  return {
    clock: await frame.locator('.clock .now time').innerText(),
    feed: await frame
      .locator('article.post')
      .evaluateAll((posts) =>
        posts.map(
          (p) =>
            `${p.getAttribute('aria-label')}|${(p.getAttribute('class') ?? '').replace(/svelte-\S+/g, '')}|${p.textContent ?? ''}`,
        ),
      ),
    options: await frame
      .locator('input[name="sim-choice"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
  };
}

test('SCORM 2004: a scenario left half-played resumes at the same moment in a fresh browser from suspend_data', async ({
  page,
  browser,
}) => {
  const files = exportPackage('scorm2004', 'en');
  // No thinking time passes on its own: the moment left is the moment to come back to.
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await page.clock.pauseAt(new Date('2026-11-23T09:00:01Z'));
  const frame = await launch(page, files);
  await frame.locator('#go-scenarios').click();
  await frame.locator('[data-scenario="parcel-late-facebook"]').click();
  await frame.locator('input[name="sim-mode"][value="coaching"]').check();
  await frame.locator('input[name="sim-input"][value="choice"]').check();
  await frame.locator('.setup button[type="submit"]').click();
  // Half the model path: the public answer, then the wait for the customer's DM.
  await frame.locator('input[name="sim-choice"][value="a"]').check();
  await frame.locator('.composer form button[type="submit"]').click();
  await frame.locator('button[data-wait="15"]').click();
  await expect(frame.locator('input[name="sim-choice"]').first()).toBeVisible();
  const left = await moment(frame);
  const stored = await page.evaluate(
    () =>
      (window as unknown as { API_1484_11: { cmi: { suspend_data: string } } }).API_1484_11.cmi
        .suspend_data,
  );
  // The play is kept as its moves (an option, the wait), not as a snapshot.
  const data = JSON.parse(stored) as { p: Record<string, string>; w: string };
  expect(data.w).toBe('s:parcel-late-facebook');
  expect(data.p['parcel-late-facebook']).toMatch(/:o\d+w15$/);

  // Another machine: a new browser context (no localStorage), the LMS hands the data back.
  const second = await browser.newPage();
  await second.clock.install({ time: new Date('2026-11-24T10:00:00Z') });
  await second.clock.pauseAt(new Date('2026-11-24T10:00:01Z'));
  const again = await launch(second, files, stored);
  await expect(again.locator('.simulator .note')).toContainText('back where you left off');
  await expect(again.locator('input[name="sim-choice"]').first()).toBeVisible();
  expect(await moment(again)).toEqual(left);
  await second.close();

  // A kept play that no longer fits the scenario: the scenario starts afresh with a note, the
  // rest of the course is kept.
  const broken = JSON.stringify({
    ...data,
    p: { 'parcel-late-facebook': data.p['parcel-late-facebook']!.replace(/:.*$/, ':o9') },
  });
  const third = await browser.newPage();
  const fresh = await launch(third, files, broken);
  await expect(fresh.locator('.simulator .note')).toContainText('starting afresh');
  await expect(fresh.locator('.setup')).toBeVisible();
  await third.close();
});
