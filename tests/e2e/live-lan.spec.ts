// A classroom on plain http: `npm run lrs -- --site <build> --host <address>` serves the built
// site and the LRS on one origin on this machine's network address, which is not a secure
// context for the browser (no crypto.randomUUID, no crypto.subtle). The console opens a run, a
// trainee joins from the live link, the run starts, two posts are sent in (one answered, one
// skipped), the scenario's decision is skipped for everyone, the run ends and the debrief shows
// the replies.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { networkInterfaces } from 'node:os';
import { expect, test } from '@playwright/test';
import { encodeFragment } from '../../src/lib/drill/link';
import type { DrillPlan } from '../../src/lib/drill/plan';
import { OUT_DIR, waitForIslands } from './helpers';

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

test('a live run on the room’s network over plain http, site and LRS on one origin', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const plan: DrillPlan = {
    v: 1,
    id: `liveLan${Date.now().toString(36)}`.slice(0, 32),
    name: 'Room drill',
    lang: 'en',
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
  await desk.goto(`${base}/en/trainer/live/`);
  await waitForIslands(desk);
  expect(await desk.evaluate(() => window.isSecureContext)).toBe(false);
  const field = desk.getByLabel('Or: paste a drill link or a live link');
  await field.fill(`${base}/en/drill/#${encodeFragment(plan)}`);
  await field.blur();
  await desk.getByLabel('Room key (key:secret)').fill(ROOM);
  await desk.getByLabel('Trainer key (key:secret)').fill(TRAINER);
  await desk.getByLabel('Your name as trainees see it').fill('Herr Roth');
  await desk.getByRole('button', { name: 'Open a run' }).click();
  await expect(desk.getByTestId('live-phase')).toHaveText('lobby', { timeout: 15_000 });
  const link = await desk.getByTestId('live-link').inputValue();
  expect(new URL(link).origin).toBe(base);

  const phone = await (
    await browser.newContext({ viewport: { width: 390, height: 844 } })
  ).newPage();
  await phone.goto(link);
  await waitForIslands(phone);
  expect(await phone.evaluate(() => window.isSecureContext)).toBe(false);
  await phone.getByLabel('Your name or a pseudonym').fill('Dana');
  await phone.getByRole('button', { name: 'Join' }).click();
  await expect(phone.getByTestId('drill-lobby')).toBeVisible();
  await expect(desk.getByTestId('lobby-count')).toHaveText('1 person has joined.', {
    timeout: 10_000,
  });

  await desk.getByRole('button', { name: 'Start everyone at once' }).click();
  await expect(phone.getByTestId('countdown-time')).toBeVisible({ timeout: 5_000 });

  // Role-play: two posts sent in; the trainee answers the first, the facilitator skips the
  // second (it leaves the trainee's feed), then skips the scenario's decision for everyone
  // (the trainee's time is up at once and the scenario ends unanswered).
  const inject = desk.getByTestId('live-inject');
  const sendIn = async (text: string, name: string) => {
    await inject.getByLabel('Text of the post (plain text)').fill(text);
    await inject.getByLabel('Name', { exact: true }).fill(name);
    await inject.getByRole('button', { name: 'Send in' }).click();
  };
  await sendIn('Is anyone there? My order is missing.', 'Ola');
  const post = phone.getByTestId('live-post');
  await expect(post).toHaveCount(1, { timeout: 5_000 });
  await post
    .getByLabel('Your reply')
    .fill('Hi Ola, we are here and will check your order now. Best, Dana');
  await post.getByRole('button', { name: 'Send' }).click();
  await expect(post).toHaveCount(0);
  await expect(desk.getByTestId('board-row')).toContainText('1 decision', { timeout: 10_000 });
  await sendIn('Hello?', 'Per');
  await expect(post).toHaveCount(1, { timeout: 5_000 });
  await expect(post.locator('h3')).toContainText('Per');
  await desk
    .getByTestId('live-injects')
    .locator('li')
    .nth(1)
    .getByRole('button', { name: 'Skip' })
    .click();
  await expect(post).toHaveCount(0, { timeout: 5_000 });
  await inject.getByLabel('Decision').selectOption({ index: 0 });
  await inject.getByRole('button', { name: 'Skip for everyone' }).click();
  // The open decision times out at once: with no reply, this scenario ends.
  await expect(phone.getByRole('heading', { name: 'This scenario has ended.' })).toBeVisible({
    timeout: 5_000,
  });
  await expect(phone.getByTestId('countdown-time')).toHaveCount(0);
  await expect(desk.getByTestId('board-row')).toContainText('2 decisions', { timeout: 10_000 });

  await desk.getByRole('button', { name: 'End the run' }).click();
  await expect(phone.getByTestId('drill-results')).toBeVisible({ timeout: 10_000 });
  const debrief = desk.getByTestId('live-debrief');
  await debrief.getByLabel('Decision').selectOption({ label: 'Sent in: Ola – 1 reply' });
  const replies = debrief.getByTestId('debrief-reply');
  await expect(replies).toHaveCount(1);
  await expect(replies.locator('.text')).toHaveText(
    'Hi Ola, we are here and will check your order now. Best, Dana',
  );
  // The skipped decision: one reply, no answer in time.
  await debrief.getByLabel('Decision').selectOption({ index: 1 });
  await expect(replies).toHaveCount(1);
  await expect(replies).toContainText('no answer in time');
});
