// xAPI against a real LRS on 127.0.0.1: the project's own `npm run lrs` (Learning Locker's
// statements service, in memory) is started by the test, with a TCP relay in front of it that
// the test closes to make the LRS unreachable (connections refused) and opens again. Three
// runs' statements go through the outbox and the @xapi/xapi client with the drill's write key;
// the middle one during the outage. Afterwards every statement is in the LRS exactly once and
// passes @learninglocker/xapi-validation; the write key cannot read; the dashboard pulls the
// runs with the trainer's key and shows the same figures as from the files. Last, a real run of
// the drill runner (not hand-built statements) sends its statements through the same relay,
// with the LRS unreachable from the second scenario on; once it is back, every statement of
// the run is stored exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeFragment } from '../../src/lib/drill/link';
import { drillHash, type DrillPlan } from '../../src/lib/drill/plan';
import type { ResultsFile } from '../../src/lib/drill/results';
import {
  EXT,
  decisionStatement,
  drillActivityId,
  lifecycleStatement,
  type RunContext,
  type Statement,
} from '../../src/lib/drill/statements';
import { connectLrs } from '../../src/lib/drill/xapi-client';
import { StatementQueue, type QueueStorage } from '../../src/lib/drill/xapi-queue';
import { fixturePlan, runs } from '../fixtures/drill/runs';
import { waitForIslands } from './helpers';

const require = createRequire(import.meta.url);
const validateStatement = (
  require('@learninglocker/xapi-validation') as { default: (s: unknown) => unknown[] }
).default;

const WRITER = 'drill-writer:w-secret-1';
const READER = 'trainer:r-secret-2';
const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** `npm run lrs` as a child process; resolves once it prints that it is listening. */
async function startLrs(port: number): Promise<ChildProcess> {
  const child = spawn(
    'npx',
    [
      'tsx',
      'scripts/lrs.ts',
      '--port',
      String(port),
      '--writer',
      WRITER,
      '--reader',
      READER,
      '--quiet',
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
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

class MemoryStorage implements QueueStorage {
  map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
}

test.describe.configure({ mode: 'serial' });

let lrs: ChildProcess | undefined;
let lrsPort = 0;
let sent: Statement[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  lrsPort = await freePort();
  lrs = await startLrs(lrsPort);
});

test.afterAll(() => {
  // The LRS runs under npx and tsx: end the process group this test started.
  if (lrs?.pid) process.kill(-lrs.pid, 'SIGTERM');
});

test('statements survive an LRS outage, arrive once each and are valid xAPI', async () => {
  test.setTimeout(90_000);
  const relayPort = await freePort();
  const link = relay(lrsPort, relayPort);
  await link.up();
  const endpoint = `http://127.0.0.1:${relayPort}/xAPI/`;
  const writer = await connectLrs({ endpoint, auth: basic(WRITER) });
  const queue = new StatementQueue({
    storage: new MemoryStorage(),
    key: 'outbox',
    send: writer.send,
    baseDelayMs: 200,
    maxDelayMs: 1000,
  });
  const hash = await drillHash(fixturePlan);
  const statementsOf = (run: (typeof runs)[number]) => {
    const ctx: RunContext = {
      plan: fixturePlan,
      drillHash: hash,
      run: run.content.run,
      trainee: run.content.trainee,
      homePage: 'http://127.0.0.1',
    };
    let t = Date.parse(run.content.startedAt);
    const meta = () => ({ id: randomUUID(), timestamp: new Date((t += 1000)).toISOString() });
    return [
      lifecycleStatement('initialized', ctx, meta()),
      ...run.content.decisions.map((d) => decisionStatement(ctx, d, meta())),
      lifecycleStatement('completed', ctx, { ...meta(), durationMs: 60_000 }),
      lifecycleStatement(run.content.summary.passed ? 'passed' : 'failed', ctx, {
        ...meta(),
        summary: run.content.summary,
        durationMs: 60_000,
      }),
    ];
  };
  const [anna, ben, cara] = runs.map(statementsOf);
  sent = [...anna!, ...ben!, ...cara!];

  queue.enqueue(...anna!);
  await queue.flush();
  expect(queue.state.pending).toBe(0);

  // Mid-drill: the LRS becomes unreachable. Ben's statements wait in the outbox, retried.
  await link.down();
  queue.enqueue(...ben!.slice(0, 2));
  await queue.flush();
  queue.enqueue(...ben!.slice(2));
  await queue.flush();
  expect(queue.state.pending).toBe(ben!.length);
  await expect.poll(() => queue.state.failures, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  expect(queue.state.lastError).toMatch(/not reachable/);

  // Back up: the backoff timer flushes everything without being asked.
  await link.up();
  await expect.poll(() => queue.state.pending, { timeout: 15_000 }).toBe(0);
  queue.enqueue(...cara!);
  await queue.flush();
  expect(queue.state).toEqual({ pending: 0, failures: 0, lastError: null });
  queue.stop();
  await link.down();

  // The trainer's key reads everything back: each statement once, each valid.
  const direct = `http://127.0.0.1:${lrsPort}/xAPI/`;
  const reader = await connectLrs({ endpoint: direct, auth: basic(READER) });
  const stored = (await reader.statementsAbout(drillActivityId(fixturePlan.id))) as Statement[];
  expect(stored.map((s) => s.id).sort()).toEqual(sent.map((s) => s.id).sort());
  for (const s of stored) expect(validateStatement(s), JSON.stringify(s.verb)).toEqual([]);
  for (const s of sent) expect(validateStatement(s)).toEqual([]);

  // The write key in every trainee's link cannot read anyone's statements.
  const denied = await fetch(`${direct}statements`, {
    headers: { Authorization: basic(WRITER), 'X-Experience-API-Version': '1.0.3' },
  });
  expect(denied.status).toBe(403);
});

test('the dashboard pulls the runs from the LRS and shows the same figures', async ({ page }) => {
  expect(sent.length).toBeGreaterThan(0);
  await page.goto('/en/trainer/results/');
  await waitForIslands(page);
  await page.locator('#dash-drill-file').setInputFiles('tests/fixtures/drill/results/drill.json');
  await page.getByLabel('xAPI endpoint').fill(`http://127.0.0.1:${lrsPort}/xAPI/`);
  await page.getByLabel('Trainer’s read key (key:secret)').fill(READER);
  await page.getByRole('button', { name: 'Pull statements' }).click();
  await expect(page.getByTestId('import-status')).toHaveText(
    `3 runs taken from ${sent.length} statements. 3 imported, 0 refused.`,
  );
  await expect(page.getByTestId('overview')).toHaveText(
    'Runs 3 Passed 33 % Mean overall 58 Median overall 65',
  );
  const names = await page.getByTestId('trainee-table').locator('tbody th').allTextContents();
  expect(names).toEqual(['Anna Adler', 'Cara Cruz', 'Ben <b>Bold</b>']);
  // The same runs again from files are duplicates.
  await page.locator('#results-files').setInputFiles('tests/fixtures/drill/results/anna.json');
  await expect(page.getByTestId('import-messages')).toContainText(
    'anna.json: already imported (Anna Adler).',
  );
});

test('a real runner run sends every statement once, through an outage mid-drill', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const relayPort = await freePort();
  const link = relay(lrsPort, relayPort);
  await link.up();
  const plan: DrillPlan = {
    v: 1,
    id: 'runnerXapi01',
    name: 'Runner xAPI',
    lang: 'en',
    order: 'sequence',
    scenarios: ['research-question-status', 'product-question-simple'],
    decisionSeconds: 30,
    compression: 1,
    input: 'choice',
    hints: false,
    pass: { overall: 60, dimensions: {} },
    names: 'pseudonym',
    lrs: { endpoint: `http://127.0.0.1:${relayPort}/xAPI/`, auth: basic(WRITER) },
  };
  const reader = await connectLrs({
    endpoint: `http://127.0.0.1:${lrsPort}/xAPI/`,
    auth: basic(READER),
  });
  const stored = async () =>
    (await reader.statementsAbout(drillActivityId(plan.id))) as Statement[];
  const status = (p: Page) => p.getByTestId('lrs-status');

  await page.clock.install({ time: new Date('2026-12-07T09:00:00Z') });
  await page.clock.pauseAt(new Date('2026-12-07T09:00:01Z'));
  await page.goto(`/en/drill/#${encodeFragment(plan)}`);
  await waitForIslands(page);
  await expect(page.locator('.runner[data-ready="yes"]')).toBeVisible();
  await page.getByLabel('Your name or a pseudonym').fill('Kim');
  await page.locator('.runner form.start button[type="submit"]').click();

  // Scenario 1, LRS up: the 30 s run out (no reply), then a curt reply to Nadia's chaser.
  await expect(page.getByTestId('countdown-time')).toHaveText('0:30');
  await page.clock.runFor(30_000);
  await expect(page.locator('.drill-play .main')).toContainText('Hello? Anyone there?');
  await page.getByRole('radio', { name: "We'll get back to you." }).check();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByRole('button', { name: 'See the scenario’s result' }).click();
  // initialized and two decisions have arrived.
  await expect.poll(async () => (await stored()).length, { timeout: 10_000 }).toBe(3);

  // Scenario 2 with the LRS unreachable; a reload mid-drill keeps the outbox.
  await link.down();
  await page.getByRole('button', { name: 'On to the next scenario' }).click();
  await page.getByRole('radio', { name: /Hi Lukas, yes, it can/ }).check();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.reload();
  await waitForIslands(page);
  // Every scenario is done: the reload goes straight to the drill's result.
  await expect(page.getByTestId('drill-results')).toBeVisible();
  await expect(status(page)).toContainText(
    'The LRS cannot be reached right now. 3 results statements stay saved in this browser',
  );
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the results file (JSON)' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as ResultsFile;

  // Back online: the browser's online event flushes the outbox.
  await link.up();
  await page.evaluate(() => dispatchEvent(new Event('online')));
  await expect(status(page)).toHaveText('Every results statement has reached the LRS.');
  // A reload sends nothing twice.
  await page.reload();
  await waitForIslands(page);
  await expect(status(page)).toHaveText('Every results statement has reached the LRS.');
  await link.down();

  const all = await stored();
  const verbs = all.map((s) => (s.verb as { id: string }).id.split('/').pop()).sort();
  expect(verbs).toEqual(
    [
      'completed',
      'initialized',
      file.summary.passed ? 'passed' : 'failed',
      'responded',
      'responded',
      'responded',
    ].sort(),
  );
  expect(new Set(all.map((s) => s.id)).size).toBe(6);
  for (const s of all) {
    expect(validateStatement(s), JSON.stringify(s.verb)).toEqual([]);
    expect((s.context as { registration: string }).registration).toBe(file.run);
  }
  // Each decision statement carries the results file's entry, in the order played.
  const decisions = all
    .filter((s) => (s.verb as { id: string }).id.endsWith('/responded'))
    .sort((a, b) => String(a.timestamp).localeCompare(String(b.timestamp)))
    .map((s) => (s.result as { extensions: Record<string, unknown> }).extensions[EXT.decision]);
  expect(decisions).toEqual(file.decisions);
  expect(file.decisions.map((d) => [d.scenario, d.action, d.timedOut])).toEqual([
    ['research-question-status', 'none', true],
    ['research-question-status', 'reply', false],
    ['product-question-simple', 'reply', false],
  ]);
});
