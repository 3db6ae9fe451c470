// A live drill for a room, end to end: one facilitator console and three trainees (separate
// browser contexts) against the project's classroom LRS (`npm run lrs`), started and stopped
// by this test on 127.0.0.1, with a TCP relay in front of it that the test takes down
// (connections refused) and brings back. Lobby → start → pause (every countdown frozen) →
// resume → an LRS outage mid-run (nothing lost, the console catches up) → two consoles
// pausing and resuming at once (every trainee in the same state) → end. axe on the console.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { encodeFragment } from '../../src/lib/drill/link';
import { RESULTS_CSV_HEADER } from '../../src/lib/drill/csv';
import { verifyResults } from '../../src/lib/drill/results';
import type { DrillPlan } from '../../src/lib/drill/plan';
import { connectLrs } from '../../src/lib/drill/xapi-client';
import { expectNoAxeViolations, waitForIslands } from './helpers';

const WRITER = 'live-writer:w-secret-1';
const ROOM = 'live-room:r-secret-2';
const TRAINER = 'live-trainer:t-secret-3';
const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;
/** How long the LRS stays unreachable mid-run (the issue asks for 30 s; LIVE_OUTAGE_S shortens it). */
const OUTAGE_MS = Number(process.env.LIVE_OUTAGE_S ?? 30) * 1000;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startLrs(port: number): Promise<ChildProcess> {
  const args = ['tsx', 'scripts/lrs.ts', '--port', String(port), '--writer', WRITER];
  args.push('--room', ROOM, '--reader', TRAINER, '--quiet');
  const child = spawn('npx', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the LRS did not start in 90 s')), 90_000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('LRS ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`the LRS exited with ${code}`)));
  });
  return child;
}

/** A TCP relay to the LRS that can be taken down (connections refused) and brought back. */
function relay(target: number, port: number) {
  let server: net.Server | undefined;
  const sockets = new Set<net.Socket>();
  return {
    up: () =>
      new Promise<void>((resolve) => {
        server = net.createServer((client) => {
          const upstream = net.connect(target, '127.0.0.1');
          for (const s of [client, upstream]) {
            sockets.add(s);
            s.on('close', () => sockets.delete(s));
            s.on('error', () => s.destroy());
          }
          client.pipe(upstream).pipe(client);
        });
        server.listen(port, '127.0.0.1', resolve);
      }),
    down: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        if (server) server.close(() => resolve());
        else resolve();
      }),
  };
}

let lrs: ChildProcess | undefined;
let lrsPort = 0;
let link: ReturnType<typeof relay>;
let relayPort = 0;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  lrsPort = await freePort();
  lrs = await startLrs(lrsPort);
  relayPort = await freePort();
  link = relay(lrsPort, relayPort);
  await link.up();
});

test.afterAll(async () => {
  await link?.down();
  // The LRS runs under npx and tsx: end the process group this test started.
  if (lrs?.pid) process.kill(-lrs.pid, 'SIGTERM');
});

const plan = (): DrillPlan => ({
  v: 1,
  id: `liveJourney${Date.now().toString(36)}`.slice(0, 32),
  name: 'Live journey',
  lang: 'en',
  order: 'sequence',
  scenarios: ['product-question-simple', 'research-question-status'],
  decisionSeconds: 120,
  compression: 1,
  input: 'choice',
  hints: false,
  pass: { overall: 60, dimensions: {} },
  names: 'pseudonym',
  lrs: { endpoint: `http://127.0.0.1:${relayPort}/xAPI/`, auth: basic(WRITER) },
});

async function openConsole(browser: Browser, drill: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto('/en/trainer/live/');
  await waitForIslands(page);
  await page.getByLabel('Or: paste a drill link or a live link').fill(drill);
  await page.getByLabel('Or: paste a drill link or a live link').blur();
  return page;
}

const countdown = (p: Page) => p.getByTestId('countdown-time');
const seconds = (text: string | null) => {
  const [m, s] = (text ?? '').split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
};

test('a live run: lobby, start, pause and resume, an outage, two consoles, end', async ({
  browser,
}) => {
  test.setTimeout(240_000 + OUTAGE_MS);
  const drill = plan();
  const console1 = await openConsole(browser, `http://x/en/drill/#${encodeFragment(drill)}`);
  await expect(console1.getByTestId('live-load-note')).toHaveText(
    'Drill “Live journey” loaded (2 scenarios).',
  );
  await expect(console1.getByLabel('The LRS’s xAPI endpoint')).toHaveValue(drill.lrs!.endpoint);
  await console1.getByLabel('Room key (key:secret)').fill(ROOM);
  await console1.getByLabel('Trainer key (key:secret)').fill(TRAINER);
  await console1.getByLabel('Your name as trainees see it').fill('Frau Weber');
  await console1.getByRole('button', { name: 'Open a run' }).click();
  await expect(console1.getByTestId('live-phase')).toHaveText('lobby', { timeout: 15_000 });
  const code = (await console1.getByTestId('live-code').textContent()) ?? '';
  expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
  const liveLink = await console1.getByTestId('live-link').inputValue();
  // The trainee link holds the room key and the writer key, never the trainer key.
  const fragment = decodeURIComponent(new URL(liveLink).hash);
  expect(fragment).toContain('~L1.');
  const invite = JSON.parse(
    Buffer.from(fragment.split('~L1.')[1]!, 'base64url').toString('utf8'),
  ) as Record<string, string>;
  expect(Object.keys(invite).sort()).toEqual(['code', 'facilitator', 'room']);
  expect(invite.room).toBe(basic(ROOM));
  expect(liveLink).not.toContain(Buffer.from(TRAINER).toString('base64'));
  await expectNoAxeViolations(console1);

  // Three trainees join: two from the link with the code, one typing the code by hand.
  const path = new URL(liveLink);
  const trainees: Page[] = [];
  for (const [i, name] of ['Ada', 'Bo', 'Cem'].entries()) {
    const page = await (await browser.newContext()).newPage();
    let url = `${path.pathname}${path.hash}`;
    if (i === 2) {
      const bare = { room: invite.room, facilitator: invite.facilitator };
      url = `${path.pathname}${path.hash.split('~L1.')[0]}~L1.${Buffer.from(JSON.stringify(bare)).toString('base64url')}`;
    }
    await page.goto(url);
    await waitForIslands(page);
    await expect(page.locator('.runner[data-ready="yes"]')).toBeVisible();
    await page.getByLabel('Your name or a pseudonym').fill(name);
    if (i === 2) await page.getByLabel('Live drill code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.getByTestId('drill-lobby')).toBeVisible();
    trainees.push(page);
  }
  await expect(console1.getByTestId('lobby-count')).toHaveText('3 people have joined.', {
    timeout: 10_000,
  });
  await expect(console1.getByTestId('board-row')).toHaveCount(3);

  // Start: everyone's first decision opens with the drill's 2:00.
  await console1.getByRole('button', { name: 'Start everyone at once' }).click();
  await expect(console1.getByTestId('live-phase')).toHaveText('running', { timeout: 10_000 });
  for (const t of trainees) {
    await expect(countdown(t)).toBeVisible({ timeout: 5_000 });
    expect(seconds(await countdown(t).textContent())).toBeGreaterThan(100);
  }
  // The board counts each trainee's time down (an upper bound until they answer).
  await expect(console1.getByTestId('board-time')).toHaveCount(3);
  for (const cell of await console1.getByTestId('board-time').all())
    await expect(cell).toHaveText(/^about [01]:\d\d$/);
  await trainees[0]!.waitForTimeout(2_500);

  // Pause: within 3 s every trainee is paused and every countdown stands still at one value.
  await console1.getByRole('button', { name: 'Pause' }).click();
  for (const t of trainees)
    await expect(t.getByTestId('live-paused')).toBeVisible({ timeout: 3_000 + 2_000 });
  const frozen = await Promise.all(
    trainees.map(async (t) => seconds(await countdown(t).textContent())),
  );
  await trainees[0]!.waitForTimeout(3_000);
  const later = await Promise.all(
    trainees.map(async (t) => seconds(await countdown(t).textContent())),
  );
  expect(later).toEqual(frozen);
  expect(Math.max(...frozen) - Math.min(...frozen)).toBeLessThanOrEqual(1);
  expect(frozen[0]).toBeLessThan(120);
  // A trainee who reloads while paused comes back paused, at the same countdown.
  await trainees[2]!.reload();
  await waitForIslands(trainees[2]!);
  await expect(trainees[2]!.getByTestId('live-paused')).toBeVisible({ timeout: 10_000 });
  await expect(countdown(trainees[2]!)).toBeVisible();
  const reloaded = seconds(await countdown(trainees[2]!).textContent());
  expect(Math.abs(reloaded - frozen[2]!)).toBeLessThanOrEqual(1);

  // Resume: the countdowns run again from where they stood.
  await console1.getByRole('button', { name: 'Resume' }).click();
  for (const t of trainees)
    await expect(t.getByTestId('live-paused')).toBeHidden({ timeout: 5_000 });
  await expect
    .poll(async () => seconds(await countdown(trainees[0]!).textContent()), { timeout: 5_000 })
    .toBeLessThan(frozen[0]!);

  // The LRS becomes unreachable: trainees answer anyway, their statements wait; the console
  // says it cannot reach the LRS; once it is back, every answer arrives.
  await link.down();
  await expect(console1.getByTestId('live-status')).toContainText('cannot be reached', {
    timeout: 15_000,
  });
  for (const t of trainees) {
    await t.getByRole('radio', { name: /Hi Lukas, yes, it can/ }).check();
    await t.getByRole('button', { name: 'Send', exact: true }).click();
  }
  await trainees[0]!.waitForTimeout(OUTAGE_MS);
  await link.up();
  for (const t of trainees) await t.evaluate(() => dispatchEvent(new Event('online')));
  await expect(console1.getByTestId('live-status')).not.toContainText('cannot be reached', {
    timeout: 40_000,
  });
  await expect(console1.getByTestId('board-row').filter({ hasText: '1 decision' })).toHaveCount(3, {
    timeout: 40_000,
  });

  // A second console picks the run up from the live link; both pause at once, then both
  // resume at once: every trainee ends in the same state.
  const console2 = await openConsole(browser, liveLink);
  await expect(console2.getByTestId('live-load-note')).toContainText(code.replace('-', ''));
  await console2.getByLabel('Trainer key (key:secret)').fill(TRAINER);
  await console2.getByRole('button', { name: 'Pick up the run' }).click();
  await expect(console2.getByTestId('live-phase')).toHaveText('running', { timeout: 10_000 });
  await Promise.all([
    console1.getByRole('button', { name: 'Pause' }).click(),
    console2.getByRole('button', { name: 'Pause' }).click(),
  ]);
  for (const c of [console1, console2])
    await expect(c.getByTestId('live-phase')).toHaveText('paused', { timeout: 10_000 });
  for (const t of trainees)
    await expect(t.locator('.runner')).toHaveAttribute('data-live', 'paused', { timeout: 5_000 });
  await Promise.all([
    console1.getByRole('button', { name: 'Resume' }).click(),
    console2.getByRole('button', { name: 'Resume' }).click(),
  ]);
  for (const t of trainees)
    await expect(t.locator('.runner')).toHaveAttribute('data-live', 'running', { timeout: 5_000 });

  // Role-play: the facilitator types a post as a persona and sends it to everyone. It lands in
  // every trainee's feed within 3 s; Ada asks for personal data in public, and because the
  // persona says solving it needs personal data, her answer raises that alert on the board.
  const inject = console1.getByTestId('live-inject');
  await inject.getByLabel('Text of the post (plain text)').fill('<b>Parcel</b> a week late!');
  await inject.getByLabel('Name', { exact: true }).fill('Jana Becker');
  await inject.getByLabel('Kind').selectOption('complaint');
  await inject.getByLabel('The company made a mistake').check();
  await inject.getByLabel('Solving it needs personal data').check();
  await inject.getByRole('button', { name: 'Send in' }).click();
  for (const t of trainees) {
    const post = t.getByTestId('live-post');
    await expect(post).toHaveCount(1, { timeout: 3_000 + 2_000 });
    // Plain text: the markup is shown as typed, never rendered.
    await expect(post.locator('.text')).toHaveText('<b>Parcel</b> a week late!');
    await expect(post.locator('b')).toHaveCount(0);
    await expect(t.getByTestId('live-note')).toHaveText('New post from Jana Becker.');
  }
  // The board now counts down the post's own time (60–120 s of the 2:00 the form sent).
  for (const cell of await console1.getByTestId('board-time').all())
    await expect(cell).toHaveText(/^1:\d\d \(post sent in\)$/, { timeout: 5_000 });
  // The projector (same machine as the console: it reads the run from there, the trainer key
  // typed again in its tab) shows the post
  // as it lands and the group picture without names; names only when turned on.
  const projector = await console1.context().newPage();
  await projector.goto('/en/trainer/live/projector/');
  await waitForIslands(projector);
  // A new tab: the trainer key (kept per tab) is asked for again.
  await projector.getByLabel('Trainer key (key:secret)').fill(TRAINER);
  await projector.getByRole('button', { name: 'Carry on' }).click();
  await expect(projector.getByTestId('projector-post')).toContainText(
    '<b>Parcel</b> a week late!',
    {
      timeout: 10_000,
    },
  );
  await expect(projector.getByTestId('projector-phase')).toHaveText('running');
  await expect(projector.getByTestId('projector')).not.toContainText('Ada');
  await expectNoAxeViolations(projector);
  const answers = [
    'Please post your order number and your home address here so we can check.',
    'Hi Jana, we are very sorry. Please send us your order number by private message and we will check right away. Best, Bo',
    'Hi Jana, sorry about the delay, we are on it. Best, Cem',
  ];
  for (const [i, t] of trainees.entries()) {
    await t.getByTestId('live-post').getByLabel('Your reply').fill(answers[i]!);
    if (i === 1) await t.getByTestId('live-post').getByLabel('Channel').selectOption('private');
    await t.getByTestId('live-post').getByRole('button', { name: 'Send' }).click();
    await expect(t.getByTestId('live-post')).toHaveCount(0);
  }
  await expect(console1.getByTestId('live-alerts')).toContainText(
    'Ada: asked for or revealed personal data in public.',
    { timeout: 10_000 },
  );
  await expect(console1.getByTestId('board-row').filter({ hasText: '2 decisions' })).toHaveCount(
    3,
    {
      timeout: 10_000,
    },
  );

  // The group picture counts the six decisions; names appear only when asked for.
  await expect(projector.getByText('6 decisions so far')).toBeVisible({ timeout: 10_000 });
  await expect(projector.getByTestId('projector-issues')).toContainText(
    'channel.public-data-request',
  );
  await projector.getByLabel('Show names').check();
  await expect(projector.getByTestId('projector-names')).toContainText('Ada');
  await projector.close();

  // A scripted post of the drill to one trainee only: Bo gets it, Ada and Cem do not.
  await inject.getByLabel('To', { exact: true }).selectOption({ label: 'Bo' });
  await inject.getByLabel('Post', { exact: true }).selectOption({ index: 1 });
  await inject.getByRole('button', { name: 'Send in' }).click();
  await expect(trainees[1]!.getByTestId('live-post')).toHaveCount(1, { timeout: 5_000 });
  await expect(trainees[1]!.getByTestId('live-post').locator('h3')).toContainText('Lukas Brenner');
  await trainees[0]!.waitForTimeout(2_500);
  for (const i of [0, 2]) await expect(trainees[i]!.getByTestId('live-post')).toHaveCount(0);
  await trainees[1]!
    .getByTestId('live-post')
    .getByLabel('Your reply')
    .fill('Hi Lukas, yes: 30 °C, delicate cycle. Best, Bo');
  await trainees[1]!.getByTestId('live-post').getByRole('button', { name: 'Send' }).click();
  await expect(console1.getByTestId('board-row').filter({ hasText: '3 decisions' })).toHaveCount(
    1,
    {
      timeout: 10_000,
    },
  );

  // A reloaded console picks the run up again from the log.
  await console1.reload();
  await waitForIslands(console1);
  await expect(console1.getByTestId('live-phase')).toHaveText('running', { timeout: 10_000 });
  await expect(console1.getByTestId('board-row')).toHaveCount(3);

  // End: every trainee's drill ends and shows the result.
  await console2.getByRole('button', { name: 'End the run' }).click();
  for (const t of trainees)
    await expect(t.getByTestId('drill-results')).toBeVisible({ timeout: 10_000 });
  await expect(console1.getByTestId('live-phase')).toHaveText('ended', { timeout: 10_000 });
  await expect(console1.getByTestId('board-row').filter({ hasText: 'finished' })).toHaveCount(3, {
    timeout: 15_000,
  });

  // The log in the LRS: every trainee's answer stored once.
  const reader = await connectLrs({
    endpoint: `http://127.0.0.1:${lrsPort}/xAPI/`,
    auth: basic(TRAINER),
  });
  const all = (await reader.statementsAbout(
    `https://replylab.example/xapi/drills/${drill.id}`,
  )) as { verb: { id: string } }[];
  // Three answers to the scenario, three to the typed post, one to Bo's scripted post.
  const responded = all.filter((s) => s.verb.id.endsWith('/responded')) as unknown as {
    result: { extensions: Record<string, { scenario: string; kind: string }> };
  }[];
  expect(responded).toHaveLength(7);
  const entries = responded.map(
    (s) => s.result.extensions['https://replylab.example/xapi/extensions/decision']!,
  );
  expect(
    entries
      .filter((e) => e.scenario.startsWith('inject:'))
      .map((e) => e.kind)
      .sort(),
  ).toEqual(['complaint', 'complaint', 'complaint', 'question']);
  expect(all.filter((s) => s.verb.id.endsWith('/initialized'))).toHaveLength(3);

  // The group debrief: the typed post's three replies side by side, without names, with
  // scores and findings; one marked as the example, and the projector tab shows the same.
  const debrief = console1.getByTestId('live-debrief');
  await debrief.getByLabel('Decision').selectOption({ label: 'Sent in: Jana Becker – 3 replies' });
  await expect(debrief.getByTestId('debrief-post')).toHaveText('<b>Parcel</b> a week late!');
  const replies = debrief.getByTestId('debrief-reply');
  await expect(replies).toHaveCount(3);
  await expect(replies.locator('h3')).toHaveText(['Reply 1', 'Reply 2', 'Reply 3']);
  const shown = await replies.locator('.text').allTextContents();
  expect([...shown].sort()).toEqual([...answers].sort());
  for (const r of await replies.all()) await expect(r).toContainText(/Overall: \d+ out of 100/);
  await expect(debrief).not.toContainText('Ada');
  // Ada's reply (personal data asked for in public) carries the finding.
  const adas = replies.filter({ hasText: answers[0]! });
  await expect(adas).toContainText('channel.public-data-request');
  await expect(adas).toContainText(
    'Asks for personal data in public – use a DM, e-mail or phone for that.',
  );
  const bos = replies.filter({ hasText: answers[1]! });
  await bos.getByRole('button', { name: 'Mark as the example' }).click();
  await expect(bos.getByRole('button', { name: 'Mark as the example' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(bos.locator('h3')).toContainText('Example');
  await expectNoAxeViolations(console1);
  const screen = await console1.context().newPage();
  await screen.goto('/en/trainer/live/projector/');
  await waitForIslands(screen);
  await screen.getByLabel('Trainer key (key:secret)').fill(TRAINER);
  await screen.getByRole('button', { name: 'Carry on' }).click();
  const onScreen = screen.getByTestId('live-debrief');
  await expect(onScreen.getByTestId('debrief-reply')).toHaveCount(3, { timeout: 10_000 });
  await expect(onScreen.getByTestId('debrief-reply').locator('.text')).toHaveText(shown);
  await expect(onScreen.locator('li.example')).toContainText(answers[1]!);
  await expect(onScreen.getByRole('button', { name: /export/i })).toHaveCount(0);
  await expectNoAxeViolations(screen);
  await screen.close();

  // Export: the drills' CSV (one row per decision: 7) and a results file per trainee that the
  // dashboard's own check accepts (schema and integrity hash).
  const [csvDownload] = await Promise.all([
    console1.waitForEvent('download'),
    debrief.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe(RESULTS_CSV_HEADER.join(','));
  expect(lines).toHaveLength(1 + 7);
  await expect(debrief.getByTestId('debrief-status')).toHaveText(
    'Results of 3 trainees exported as CSV.',
  );
  const [zipDownload] = await Promise.all([
    console1.waitForEvent('download'),
    debrief.getByRole('button', { name: 'Export results files (ZIP)' }).click(),
  ]);
  await expect(debrief.getByTestId('debrief-status')).toHaveText('3 results files exported.');
  const files = unzipSync(readFileSync(await zipDownload.path()));
  expect(Object.keys(files)).toHaveLength(3);
  const names: string[] = [];
  for (const bytes of Object.values(files)) {
    const checked = await verifyResults(new TextDecoder().decode(bytes));
    if (!checked.ok) throw new Error(`results file refused: ${checked.problem}`);
    names.push(checked.file.trainee.name);
    expect(checked.file.drill.id).toBe(drill.id);
  }
  expect(names.sort()).toEqual(['Ada', 'Bo', 'Cem']);
});
