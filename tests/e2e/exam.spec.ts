import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations, waitForIslands } from './helpers';

// The keyed answers come from the bank files themselves, read here without the app's code.
type Text = { de: string; en: string };
type Item = { use?: 'practice' | 'certification' } & (
  | { id: string; type: 'single' | 'multiple'; options: { text: Text; correct: boolean }[] }
  | { id: string; type: 'truefalse'; answer: boolean }
  | { id: string; type: 'matching'; pairs: { left: Text; right: Text }[] }
  | { id: string; type: 'ordering'; steps: { text: Text }[] }
);
const AREAS = ['strategy', 'complaints', 'trolls', 'questions', 'praise', 'channels', 'priorities'];
const bank = new Map<string, Item>(
  AREAS.flatMap((a) =>
    (parse(readFileSync(`content/quiz/${a}.yaml`, 'utf8')) as Item[]).map((i) => [i.id, i]),
  ),
);

const PRACTICE_SIZE = [...bank.values()].filter((i) => i.use === 'practice').length;

const words = {
  de: {
    start: 'Prüfung starten',
    next: 'Nächste Frage',
    submit: 'Prüfung abgeben',
    yes: 'Ja, abgeben',
    true: 'Wahr',
    false: 'Falsch',
    up: 'nach oben',
  },
  en: {
    start: 'Start the exam',
    next: 'Next question',
    submit: 'Submit the exam',
    yes: 'Yes, submit',
    true: 'True',
    false: 'False',
    up: 'up',
  },
} as const;

/** Presses a control by keyboard: focus it, then Space (checkables) or Enter (buttons). */
async function press(page: Page, locator: ReturnType<Page['locator']>, key = 'Enter') {
  await locator.focus();
  await page.keyboard.press(key);
}

export async function startExam(
  page: Page,
  lang: 'de' | 'en',
  name: string,
  mode: 'practice' | 'certification' = 'practice',
) {
  await page.goto(`/${lang}/exam/`);
  await waitForIslands(page);
  await page.locator('#exam-name').focus();
  await page.keyboard.type(name);
  await press(page, page.locator(`input[name="exam-mode"][value="${mode}"]`), 'Space');
  await press(page, page.getByRole('button', { name: words[lang].start }));
  await expect(page.locator('[data-item-id]')).toBeVisible();
}

async function answerCurrent(page: Page, lang: 'de' | 'en') {
  const section = page.locator('[data-item-id]');
  const id = (await section.getAttribute('data-item-id'))!;
  const item = bank.get(id)!;
  if (item.type === 'truefalse') {
    const label = item.answer ? words[lang].true : words[lang].false;
    await press(page, section.getByRole('radio', { name: label, exact: true }), 'Space');
  } else if (item.type === 'single' || item.type === 'multiple') {
    const role = item.type === 'single' ? 'radio' : 'checkbox';
    for (const o of item.options.filter((o) => o.correct)) {
      await press(page, section.getByRole(role, { name: o.text[lang], exact: true }), 'Space');
    }
  } else if (item.type === 'matching') {
    for (const p of item.pairs) {
      const select = section.getByLabel(p.left[lang], { exact: true });
      await select.focus();
      await select.selectOption({ label: p.right[lang] });
    }
  } else {
    const steps: { text: Text }[] = item.type === 'ordering' ? item.steps : [];
    const wanted = steps.map((s) => s.text[lang]);
    for (let i = 0; i < wanted.length; i++) {
      const texts = await section.locator('li .text').allTextContents();
      for (let at = texts.indexOf(wanted[i]!); at > i; at--) {
        const up = section.locator('li').nth(at).getByRole('button').first();
        await press(page, up);
      }
    }
    await expect(section.locator('li .text')).toHaveText(wanted);
  }
  return id;
}

async function submit(page: Page, lang: 'de' | 'en') {
  await press(page, page.getByRole('button', { name: words[lang].submit }));
  await press(page, page.getByRole('button', { name: words[lang].yes }));
  await expect(page.getByTestId('exam-result')).toBeVisible();
}

for (const lang of ['de', 'en'] as const) {
  test(`passes the practice exam by keyboard and gets a self-assessment certificate (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const name = lang === 'de' ? 'Jürgen Öztürk' : 'Łukasz Wójcik-Aydın';
    await startExam(page, lang, name);
    const seen = new Set<string>();
    expect(PRACTICE_SIZE).toBe(14);
    for (let n = 0; n < PRACTICE_SIZE; n++) {
      seen.add(await answerCurrent(page, lang));
      if (n === 3) await expectNoAxeViolations(page); // mid-exam, after interacting
      if (n < PRACTICE_SIZE - 1)
        await press(page, page.getByRole('button', { name: words[lang].next }));
    }
    expect(seen.size).toBe(PRACTICE_SIZE);
    expect([...seen].every((id) => bank.get(id)?.use === 'practice')).toBe(true);
    await submit(page, lang);
    await expect(page.getByTestId('exam-score')).toContainText('100');
    await expectNoAxeViolations(page);

    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/fonts/')) fonts.push(r.url());
    });
    await page.goto(`/${lang}/certificate/`);
    await waitForIslands(page);
    await expect(page.getByTestId('cert-name')).toHaveText(name);
    expect(fonts, 'fonts load only on "Download PDF"').toEqual([]);
    await expect(page.getByTestId('cert-kind')).toHaveText(
      lang === 'de' ? 'Selbsteinschätzung' : 'Self-assessment',
    );
    const code = (await page.getByTestId('cert-code').textContent())!;
    expect(code).toMatch(/^RL(-[0-9A-Z]{4}){4}$/);
    await expectNoAxeViolations(page);
    const download = page.waitForEvent('download');
    await page
      .getByRole('button', { name: lang === 'de' ? 'PDF herunterladen' : 'Download PDF' })
      .click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    expect(fonts.map((f) => new URL(f).pathname).sort()).toEqual([
      '/fonts/certificate-bold.ttf',
      '/fonts/certificate-regular.ttf',
    ]);

    await page.goto(`/${lang}/verify/`);
    await waitForIslands(page);
    await page.locator('#verify-code').fill(code);
    await page.locator('#verify-name').fill(name);
    await press(page, page.getByRole('button', { name: lang === 'de' ? 'Prüfen' : 'Verify' }));
    await expect(page.getByTestId('verify-result')).toContainText(name);
    await expect(page.getByTestId('verify-result')).toContainText('100 %');
    await expect(page.getByTestId('verify-kind')).toContainText(
      lang === 'de' ? 'Gültiger Code einer Selbsteinschätzung' : 'Valid code of a self-assessment',
    );
    await expect(page.getByTestId('verify-kind')).toContainText(
      lang === 'de'
        ? 'nicht, wer das Zertifikat ausgestellt hat'
        : 'not who issued the certificate',
    );
    await expectNoAxeViolations(page);
    const broken = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
    await page.locator('#verify-code').fill(broken);
    await press(page, page.getByRole('button', { name: lang === 'de' ? 'Prüfen' : 'Verify' }));
    await expect(page.getByTestId('verify-result')).toContainText(
      lang === 'de' ? 'fehlerhaft' : 'wrong or has been altered',
    );
    await expectNoAxeViolations(page);
  });
}

test('the countdown survives a reload and submits at zero', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await startExam(page, 'en', 'Clock Tester');
  await expect(page.getByTestId('countdown')).toHaveText(/^(30:00|29:5\d)$/);
  await expectNoAxeViolations(page);
  const first = await page.locator('[data-item-id]').getAttribute('data-item-id');
  await page.clock.fastForward('05:00');
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByTestId('countdown')).toHaveText(/^(25:00|24:5\d)$/);
  await expect(page.locator('[data-item-id]')).toHaveAttribute('data-item-id', first!);
  await page.clock.fastForward('25:01');
  await expect(page.getByTestId('exam-result')).toBeVisible();
  await expect(page.getByText('Time ran out')).toBeVisible();
});

test('a failed attempt lists the lessons to revisit', async ({ page }) => {
  await startExam(page, 'de', 'Anna Weber');
  await answerCurrent(page, 'de');
  await submit(page, 'de');
  await expect(page.getByText('Nicht bestanden')).toBeVisible();
  const links = page.getByTestId('exam-revisit').getByRole('link');
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((a) => a.map((l) => l.getAttribute('href')))) {
    expect(href).toMatch(/^\/de\/lessons\/[a-z0-9-]+\/$/);
  }
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/de/certificate/');
  await waitForIslands(page);
  await expect(page.getByText('noch keinen bestandenen')).toBeVisible();
});

test('start screen has no axe violations and asks for a name', async ({ page }) => {
  await page.goto('/de/exam/');
  await waitForIslands(page);
  await expectNoAxeViolations(page);
  await press(page, page.getByRole('button', { name: 'Prüfung starten' }));
  await expect(page.getByText('Bitte geben Sie Ihren Namen ein.')).toBeVisible();
  await expect(page.locator('#exam-name')).toBeFocused();
});

test('a certification attempt is scored by the trainer, signed, and verifies as issued', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  // The answer key is written outside the published site, as the build does.
  const keyPath = testInfo.outputPath('exam-key.json');
  execFileSync('npm', ['run', '--silent', 'exam:key', '--', '--out', keyPath]);

  // The trainee takes the certification: the page cannot score it, it hands out a file.
  const name = 'Łukasz Wójcik-Aydın';
  await startExam(page, 'en', name, 'certification');
  const seen = new Set<string>();
  for (let n = 0; n < 20; n++) {
    seen.add(await answerCurrent(page, 'en'));
    if (n < 19) await press(page, page.getByRole('button', { name: words.en.next }));
  }
  expect([...seen].every((id) => bank.get(id)?.use !== 'practice')).toBe(true);
  await press(page, page.getByRole('button', { name: words.en.submit }));
  await press(page, page.getByRole('button', { name: words.en.yes }));
  await expect(page.getByTestId('exam-handed-in')).toBeVisible();
  await expect(page.getByTestId('exam-score')).toHaveCount(0);
  await expectNoAxeViolations(page);
  const answers = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the answers file' }).click();
  const answersPath = testInfo.outputPath('answers.json');
  await (await answers).saveAs(answersPath);
  const file = JSON.parse(readFileSync(answersPath, 'utf8')) as { name: string; format: string };
  expect(file).toMatchObject({ name, format: 'replylab-exam-answers' });

  // The trainer creates a key pair; the organisation publishes its public part.
  await page.goto('/en/trainer/');
  await waitForIslands(page);
  await page.locator('#issuer-name').fill('Muster AG Academy');
  const keyDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Create a key pair and save the key file' }).click();
  const signingPath = testInfo.outputPath('signing-key.json');
  await (await keyDownload).saveAs(signingPath);
  const entry = JSON.parse(await page.getByTestId('issuer-entry').innerText()) as unknown;
  expect(readFileSync(signingPath, 'utf8')).toContain('"d"');
  expect(JSON.stringify(entry)).not.toContain('"d"');
  // Published keys come from config/issuers.json at build time; here the test publishes one.
  await page.context().route('**/issuers.json', (route) => route.fulfill({ json: [entry] }));

  await page.locator('#exam-key-file').setInputFiles(keyPath);
  await expect(page.getByTestId('exam-key-loaded')).toContainText('57 questions');
  await expect(page.getByTestId('bank-scope')).toContainText('every question');
  await page.locator('#answers-files').setInputFiles(answersPath);
  const row = page.getByTestId('cert-results').locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(name);
  await expect(row).toContainText('100 %');
  await expect(row).toContainText('passed');
  await expectNoAxeViolations(page);
  const pdf = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Download PDF' }).click();
  expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);
  const link = await page.getByTestId('certificate-link').inputValue();
  expect(link).toMatch(/\/en\/certificate\/#signed=[A-Za-z0-9_-]+$/);

  // The trainee opens the link: the certificate shows who signed it and verifies as issued.
  await page.goto(link);
  await waitForIslands(page);
  const signed = page.getByTestId('certificate-signed');
  await expect(signed.getByTestId('cert-kind')).toHaveText(
    'Issued and signed by Muster AG Academy',
  );
  await expect(signed.getByTestId('cert-name')).toHaveText(name);
  await expectNoAxeViolations(page);
  await signed.getByRole('link').click();
  await waitForIslands(page);
  await page.locator('#verify-name').fill(name);
  await press(page, page.getByRole('button', { name: 'Verify' }));
  await expect(page.getByTestId('verify-kind')).toHaveText(
    'Valid: issued and signed by Muster AG Academy.',
  );
  await expectNoAxeViolations(page);

  // An altered code under the same signature is not confirmed as issued.
  const url = new URL(page.url());
  const code = url.searchParams.get('code')!;
  await page.locator('#verify-code').fill(code.slice(0, -1) + (code.endsWith('0') ? '1' : '0'));
  await press(page, page.getByRole('button', { name: 'Verify' }));
  await expect(page.getByTestId('verify-result')).not.toContainText('issued and signed');
});

test('a name the PDF font cannot print is not changed: the page says so and offers printing', async ({
  page,
}) => {
  const now = Date.now();
  await page.goto('/de/');
  await page.evaluate((t) => {
    localStorage.setItem(
      'replylab:exam:v1',
      JSON.stringify({
        v: 1,
        current: null,
        attempts: [
          {
            seed: 's',
            name: '李雷 Łukasz',
            lang: 'de',
            itemIds: ['q-a'],
            startedAt: t - 60_000,
            finishedAt: t,
            timedOut: false,
            percent: 100,
            passed: true,
            areas: [],
            revisit: [],
            responses: {},
          },
        ],
      }),
    );
  }, now);
  await page.goto('/de/certificate/');
  await waitForIslands(page);
  await expect(page.getByTestId('cert-name')).toHaveText('李雷 Łukasz');
  await page.getByRole('button', { name: 'PDF herunterladen' }).click();
  await expect(page.getByRole('status')).toContainText('(李 雷)');
  await expect(page.getByRole('status')).toContainText('„Drucken“');
  await expectNoAxeViolations(page);
});
