// A classroom on plain http: `npm run lrs -- --site <build> --host <address>` serves the built
// site and the LRS on one origin on this machine's network address, which is not a secure
// context for the browser (no crypto.randomUUID, no crypto.subtle). The console opens a run, a
// trainee joins from the live link, the run starts, a second one joins late, two posts are
// sent in (one answered, one skipped), the scenario's decision is skipped for everyone, the run
// ends and the debrief shows the replies; in English and in German, with axe on the console
// (debrief shown) and the phone.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { networkInterfaces } from 'node:os';
import { expect, test } from '@playwright/test';
import { encodeFragment } from '../../src/lib/drill/link';
import type { DrillPlan } from '../../src/lib/drill/plan';
import { expectNoAxeViolations, OUT_DIR, waitForIslands } from './helpers';

/** The UI words the test uses, from src/lib/i18n (live, drill, sim), typed here by hand. */
const WORDS = {
  en: {
    drillLink: 'Or: paste a drill link or a live link',
    room: 'Room key (key:secret)',
    trainer: 'Trainer key (key:secret)',
    facilitator: 'Your name as trainees see it',
    open: 'Open a run',
    lobby: 'lobby',
    name: 'Your name or a pseudonym',
    join: 'Join',
    joined: '1 person has joined.',
    start: 'Start everyone at once',
    text: 'Text of the post (plain text)',
    sendIn: 'Send in',
    reply: 'Your reply',
    send: 'Send',
    oneDecision: '1 decision',
    twoDecisions: '2 decisions',
    skip: 'Skip',
    decision: 'Decision',
    skipAll: 'Skip for everyone',
    scenarioEnded: 'This scenario has ended.',
    end: 'End the run',
    olaOption: 'Sent in: Ola – 1 reply',
    noAnswer: 'no answer in time',
    mark: 'Mark as the example',
    example: 'Example',
  },
  de: {
    drillLink: 'Oder: Übungslink oder Live-Link einfügen',
    room: 'Raumschlüssel (Schlüssel:Geheimnis)',
    trainer: 'Trainerschlüssel (Schlüssel:Geheimnis)',
    facilitator: 'Ihr Name, wie die Teilnehmenden ihn sehen',
    open: 'Durchgang eröffnen',
    lobby: 'Warteraum',
    name: 'Ihr Name oder ein Pseudonym',
    join: 'Beitreten',
    joined: '1 Person ist beigetreten.',
    start: 'Alle gleichzeitig starten',
    text: 'Text des Beitrags (nur Text)',
    sendIn: 'Einspielen',
    reply: 'Ihre Antwort',
    send: 'Senden',
    oneDecision: '1 Entscheidung',
    twoDecisions: '2 Entscheidungen',
    skip: 'Überspringen',
    decision: 'Entscheidung',
    skipAll: 'Für alle überspringen',
    scenarioEnded: 'Dieses Szenario ist zu Ende.',
    end: 'Durchgang beenden',
    olaOption: 'Eingespielt: Ola – 1 Antwort',
    noAnswer: 'keine Antwort in der Zeit',
    mark: 'Als Beispiel markieren',
    example: 'Beispiel',
  },
} as const;

const WRITER = 'lan-writer:w-secret-1';
const ROOM = 'lan-room:r-secret-2';
const TRAINER = 'lan-trainer:t-secret-3';
const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;

const address = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let lrs: ChildProcess | undefined;
let base = '';

test.beforeAll(async () => {
  test.skip(!address, 'this machine has no network address besides loopback');
  test.setTimeout(120_000);
  const port = await freePort();
  const args = ['tsx', 'scripts/lrs.ts', '--port', String(port), '--host', address!];
  args.push('--site', OUT_DIR, '--writer', WRITER, '--room', ROOM, '--reader', TRAINER, '--quiet');
  lrs = spawn('npx', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the LRS did not start in 90 s')), 90_000);
    lrs!.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('LRS ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    lrs!.on('exit', (code) => reject(new Error(`the LRS exited with ${code}`)));
  });
  base = `http://${address}:${port}`;
});

test.afterAll(() => {
  if (lrs?.pid) process.kill(-lrs.pid, 'SIGTERM');
});

for (const lang of ['en', 'de'] as const)
  test(`a live run on the room’s network over plain http, site and LRS on one origin (${lang})`, async ({
    browser,
  }) => {
    const w = WORDS[lang];
    test.setTimeout(150_000);
    const plan: DrillPlan = {
      v: 1,
      id: `liveLan${Date.now().toString(36)}`.slice(0, 32),
      name: 'Room drill',
      lang,
      order: 'sequence',
      scenarios: ['product-question-simple'],
      decisionSeconds: 120,
      compression: 1,
      input: 'choice',
      hints: false,
      pass: { overall: 60, dimensions: {} },
      names: 'pseudonym',
      lrs: { endpoint: `${base}/xAPI/`, auth: basic(WRITER) },
    };
    const desk = await (await browser.newContext()).newPage();
    desk.on('dialog', (d) => void d.accept());
    await desk.goto(`${base}/${lang}/trainer/live/`);
    await waitForIslands(desk);
    expect(await desk.evaluate(() => window.isSecureContext)).toBe(false);
    const field = desk.getByLabel(w.drillLink);
    await field.fill(`${base}/${lang}/drill/#${encodeFragment(plan)}`);
    await field.blur();
    await desk.getByLabel(w.room).fill(ROOM);
    await desk.getByLabel(w.trainer).fill(TRAINER);
    await desk.getByLabel(w.facilitator).fill('Herr Roth');
    await desk.getByRole('button', { name: w.open }).click();
    await expect(desk.getByTestId('live-phase')).toHaveText(w.lobby, { timeout: 15_000 });
    const link = await desk.getByTestId('live-link').inputValue();
    expect(new URL(link).origin).toBe(base);

    const phone = await (
      await browser.newContext({ viewport: { width: 390, height: 844 } })
    ).newPage();
    await phone.goto(link);
    await waitForIslands(phone);
    expect(await phone.evaluate(() => window.isSecureContext)).toBe(false);
    await phone.getByLabel(w.name).fill('Dana');
    await phone.getByRole('button', { name: w.join }).click();
    await expect(phone.getByTestId('drill-lobby')).toBeVisible();
    await expect(desk.getByTestId('lobby-count')).toHaveText(w.joined, {
      timeout: 10_000,
    });

    await desk.getByRole('button', { name: w.start }).click();
    await expect(phone.getByTestId('countdown-time')).toBeVisible({ timeout: 5_000 });
    // A late joiner lands in the running drill with its countdown.
    const late = await (
      await browser.newContext({ viewport: { width: 390, height: 844 } })
    ).newPage();
    await late.goto(link);
    await waitForIslands(late);
    await late.getByLabel(w.name).fill('Eve');
    await late.getByRole('button', { name: w.join }).click();
    await expect(late.locator('.runner')).toHaveAttribute('data-live', 'running', {
      timeout: 10_000,
    });
    await expect(late.getByTestId('countdown-time')).toBeVisible({ timeout: 10_000 });
    const dana = desk.getByTestId('board-row').filter({ hasText: 'Dana' });
    await expect(desk.getByTestId('board-row')).toHaveCount(2, { timeout: 10_000 });

    // Role-play: two posts sent in; the trainee answers the first, the facilitator skips the
    // second (it leaves the trainee's feed), then skips the scenario's decision for everyone
    // (the trainee's time is up at once and the scenario ends unanswered).
    const inject = desk.getByTestId('live-inject');
    const sendIn = async (text: string, name: string) => {
      await inject.getByLabel(w.text).fill(text);
      await inject.getByLabel('Name', { exact: true }).fill(name);
      await inject.getByRole('button', { name: w.sendIn }).click();
    };
    await sendIn('Is anyone there? My order is missing.', 'Ola');
    const post = phone.getByTestId('live-post');
    await expect(post).toHaveCount(1, { timeout: 5_000 });
    await post
      .getByLabel(w.reply)
      .fill('Hi Ola, we are here and will check your order now. Best, Dana');
    await post.getByRole('button', { name: w.send, exact: true }).click();
    await expect(post).toHaveCount(0);
    await expect(dana).toContainText(w.oneDecision, { timeout: 10_000 });
    await sendIn('Hello?', 'Per');
    await expect(post).toHaveCount(1, { timeout: 5_000 });
    await expect(post.locator('h3')).toContainText('Per');
    await desk
      .getByTestId('live-injects')
      .locator('li')
      .nth(1)
      .getByRole('button', { name: w.skip, exact: true })
      .click();
    await expect(post).toHaveCount(0, { timeout: 5_000 });
    await inject.getByLabel(w.decision).selectOption({ index: 0 });
    await inject.getByRole('button', { name: w.skipAll }).click();
    // The open decision times out at once: with no reply, this scenario ends.
    await expect(phone.getByRole('heading', { name: w.scenarioEnded })).toBeVisible({
      timeout: 5_000,
    });
    await expect(phone.getByTestId('countdown-time')).toHaveCount(0);
    await expect(dana).toContainText(w.twoDecisions, { timeout: 10_000 });

    await desk.getByRole('button', { name: w.end }).click();
    await expect(phone.getByTestId('drill-results')).toBeVisible({ timeout: 10_000 });
    await expect(late.getByTestId('drill-results')).toBeVisible({ timeout: 10_000 });
    const debrief = desk.getByTestId('live-debrief');
    await debrief.getByLabel(w.decision).selectOption({ label: w.olaOption });
    const replies = debrief.getByTestId('debrief-reply');
    await expect(replies).toHaveCount(1);
    await expect(replies.locator('.text')).toHaveText(
      'Hi Ola, we are here and will check your order now. Best, Dana',
    );
    // The keyboard alone marks the example.
    const mark = replies.getByRole('button', { name: w.mark });
    await mark.focus();
    await desk.keyboard.press('Space');
    await expect(mark).toHaveAttribute('aria-pressed', 'true');
    await expect(replies.locator('h3')).toContainText(w.example);
    // The skipped decision: one reply, no answer in time.
    await debrief.getByLabel(w.decision).selectOption({ index: 1 });
    // Both trainees' time ran out at once: two replies, both without an answer.
    await expect(replies).toHaveCount(2);
    for (const r of await replies.all()) await expect(r).toContainText(w.noAnswer);
    await expectNoAxeViolations(desk);
    await expectNoAxeViolations(phone);
  });
