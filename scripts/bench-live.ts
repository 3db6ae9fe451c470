/**
 * Load bench of a live drill (docs/live-drills.md): 50 simulated trainees and one console
 * against the classroom LRS (`npm run lrs`, started here on 127.0.0.1) for 10 minutes of a run.
 * Trainees and console use the project's own protocol code: the polling cursor and delays
 * (src/lib/live/cursor.ts), the replay, the board, the drills' statements and the outbox
 * (src/lib/drill/xapi-queue.ts), with Node's fetch in place of the browser's.
 *
 * The run: trainees join over the first seconds, the facilitator starts, every trainee answers
 * a decision every 20–40 s while the run is running, the run is paused for 30 s at 40 % and
 * resumed, a post is sent in to everyone at 60 % (every trainee answers it), and the run ends;
 * trainees then send completed + passed. Reported, with the budgets of issue 14:
 *   - statements lost: sent by trainees, not in the LRS afterwards (budget 0), and not in the
 *     console's log (budget 0);
 *   - console refresh: one polling round of the console, fetch + replay + board (p95 < 1 s);
 *   - a control reaching the trainees: from the console's send to a trainee's replay seeing it
 *     (p95 ≤ 3 s: "a trainee sees a pause or an inject within 3 s");
 *   - polling load on the LRS: requests per second by kind, response times, bytes.
 *
 * Usage: npm run bench:live [-- --trainees 50 --minutes 10 --speed 1]
 * --speed N runs N times faster than real time: every delay (polls included) is divided by N,
 * so the load on the LRS is N times what a real room would cause. Everything runs in this one
 * Node process (the LRS in its own): the console's refresh time includes waiting for the
 * 50 trainees' work on the same event loop, so it errs on the slow side.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import net from 'node:net';
import { parseArgs } from 'node:util';
import type { DecisionResult } from '../src/lib/drill/results.ts';
import {
  decisionStatement,
  lifecycleStatement,
  type RunContext,
} from '../src/lib/drill/statements.ts';
import { connectLrs, type LrsClient } from '../src/lib/drill/xapi-client.ts';
import { StatementQueue } from '../src/lib/drill/xapi-queue.ts';
import { board, openedAuthority } from '../src/lib/live/board.ts';
import {
  ingest,
  initialCursor,
  nextRequest,
  pollDelay,
  restartRound,
  type Cursor,
} from '../src/lib/live/cursor.ts';
import {
  controlStatement,
  LIVE_VERBS,
  type ControlFields,
  type ControlKind,
  type LiveContext,
} from '../src/lib/live/protocol.ts';
import { replay, type RunState } from '../src/lib/live/replay.ts';

const { values } = parseArgs({
  options: {
    trainees: { type: 'string', default: '50' },
    minutes: { type: 'string', default: '10' },
    speed: { type: 'string', default: '1' },
  },
});
const TRAINEES = Number(values.trainees);
const RUN_MS = Number(values.minutes) * 60_000;
const SPEED = Number(values.speed);
if (!(TRAINEES > 0 && RUN_MS > 0 && SPEED > 0)) {
  console.error('--trainees, --minutes and --speed must be positive numbers');
  process.exit(2);
}

const WRITER = `bench-writer:${randomUUID()}`;
const ROOM = `bench-room:${randomUUID()}`;
const TRAINER = `bench-trainer:${randomUUID()}`;
const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;
const HOME = 'http://127.0.0.1';
const DRILL = { id: `liveBench${Date.now().toString(36)}`, hash: 'b'.repeat(64) };
const REGISTRATION = randomUUID();
const FACILITATOR = { homePage: HOME, id: 'benchFacil01', name: 'Bench trainer' };

/** Real milliseconds for `ms` of the run. */
const real = (ms: number) => ms / SPEED;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, real(ms)));

// ---------------------------------------------------------------- measuring the HTTP traffic
type Kind = 'trainee poll' | 'trainee write' | 'console poll' | 'console write' | 'count';
const traffic = new Map<
  Kind,
  { requests: number; failures: number; bytes: number; ms: number[] }
>();
const roleOf = new Map<string, 'trainee' | 'console' | 'count'>([
  [basic(WRITER), 'trainee'],
  [basic(ROOM), 'trainee'],
  [basic(TRAINER), 'console'],
]);
let counting = false;
const realFetch = globalThis.fetch;
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const headers = new Headers(init?.headers);
  const auth = headers.get('authorization') ?? '';
  const role = counting ? 'count' : (roleOf.get(auth) ?? 'console');
  const method = (init?.method ?? 'GET').toUpperCase();
  const kind: Kind = role === 'count' ? 'count' : `${role} ${method === 'GET' ? 'poll' : 'write'}`;
  // The console stores its controls with the room key: count them as the console's writes.
  const k: Kind = auth === basic(ROOM) && method !== 'GET' ? 'console write' : kind;
  const entry = traffic.get(k) ?? { requests: 0, failures: 0, bytes: 0, ms: [] };
  traffic.set(k, entry);
  const began = performance.now();
  entry.requests++;
  try {
    const response = await realFetch(input, init);
    const body = await response.arrayBuffer();
    entry.ms.push(performance.now() - began);
    entry.bytes += body.byteLength;
    if (!response.ok) entry.failures++;
    return new Response(response.status === 204 || response.status === 304 ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  } catch (error) {
    entry.failures++;
    throw error;
  }
};

// ---------------------------------------------------------------- the LRS
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
  const child = spawn('npx', args, { detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
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

// ---------------------------------------------------------------- polling
/** One polling round with the project's cursor; returns the fresh statements or throws. */
async function round(
  client: LrsClient,
  cursor: { c: Cursor },
  endpoint: string,
): Promise<unknown[]> {
  const fresh: unknown[] = [];
  for (let pages = 0; pages < 200; pages++) {
    const request = nextRequest(cursor.c, { endpoint, registration: REGISTRATION });
    let page;
    try {
      page = await client.page(request);
    } catch (error) {
      if (request.kind === 'more' && (error as { status?: number }).status !== 0) {
        cursor.c = restartRound(cursor.c);
        continue;
      }
      throw error;
    }
    const out = ingest(cursor.c, page);
    cursor.c = out.cursor;
    fresh.push(...out.fresh);
    if (out.done) break;
  }
  return fresh;
}

const memoryStorage = () => {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
};

// ---------------------------------------------------------------- controls and what saw them
const controlSent = new Map<string, { kind: ControlKind; at: number }>();
const controlSeen: { kind: ControlKind; ms: number }[] = [];
let stopping = false;

function decision(n: number, inject?: string): DecisionResult {
  const score = 40 + ((n * 37) % 61);
  return {
    scenario: inject ? `inject:${inject}` : `bench-scenario-${n % 4}`,
    beat: inject ? 'inject' : `post${n % 3}`,
    target: inject ?? `m${n}`,
    kind: inject ? 'complaint' : 'question',
    action: 'reply',
    channel: n % 3 === 0 ? 'private' : 'public',
    text: `Hi, thanks for asking – reply number ${n}. Best, Sam`,
    latencyMs: 15_000 + (n % 10) * 1000,
    timedOut: false,
    responseMinutes: 20,
    overall: score,
    scores: {
      timing: score,
      tone: score,
      empathy: null,
      personalization: score,
      resolution: score,
      channel: n % 5 === 0 ? 20 : 100,
    },
    findings:
      n % 5 === 0 ? [{ code: 'channel.public-data-request', type: 'issue', lesson: '' }] : [],
  };
}

class Trainee {
  readonly run = randomUUID();
  readonly ctx: RunContext;
  readonly sent = new Set<string>();
  #queue: StatementQueue;
  #room: Promise<LrsClient>;
  #cursor = { c: initialCursor() };
  #log = new Map<string, unknown>();
  #seen = new Set<string>();
  #failures = 0;
  state: RunState | undefined;
  #answered = new Set<string>();
  #next = 0;
  #n = 0;
  done = false;

  constructor(
    readonly i: number,
    readonly endpoint: string,
  ) {
    this.ctx = {
      plan: { id: DRILL.id, name: 'Live bench', lang: 'en' },
      drillHash: DRILL.hash,
      run: this.run,
      registration: REGISTRATION,
      trainee: { name: `Trainee ${i + 1}`, kind: 'pseudonym' },
      homePage: HOME,
    };
    const writer = connectLrs({ endpoint, auth: basic(WRITER) });
    this.#room = connectLrs({ endpoint, auth: basic(ROOM) });
    this.#queue = new StatementQueue({
      storage: memoryStorage(),
      key: `bench:${this.run}`,
      send: async (batch) => (await writer).send(batch),
      baseDelayMs: real(1000),
      maxDelayMs: real(60_000),
    });
  }

  #send(...statements: Record<string, unknown>[]) {
    for (const s of statements) this.sent.add(String(s.id));
    this.#queue.enqueue(...statements);
  }
  #meta = () => ({ id: randomUUID(), timestamp: new Date().toISOString() });

  join() {
    this.#send(lifecycleStatement('initialized', this.ctx, this.#meta()));
  }

  async poll(): Promise<void> {
    while (!stopping && !this.done) {
      try {
        const fresh = await round(await this.#room, this.#cursor, this.endpoint);
        this.#failures = 0;
        for (const s of fresh) {
          const id = String((s as { id: string }).id).toLowerCase();
          if (!this.#log.has(id)) this.#log.set(id, s);
        }
        if (fresh.length) this.#take();
      } catch {
        this.#failures++;
      }
      const delay = pollDelay(
        { hidden: false, hiddenPolls: 0, failures: this.#failures },
        Math.random(),
      );
      await sleep(delay);
    }
  }

  #take() {
    const { state } = replay([...this.#log.values()], REGISTRATION, {
      facilitator: { homePage: HOME, id: FACILITATOR.id },
    });
    const now = performance.now();
    for (const id of this.#log.keys()) {
      const sent = controlSent.get(id);
      if (sent && sent.kind !== 'opened' && !this.#seen.has(id)) {
        this.#seen.add(id);
        controlSeen.push({ kind: sent.kind, ms: (now - sent.at) * SPEED });
      }
    }
    const before = this.state?.phase;
    this.state = state;
    if (state.phase === 'running' && before !== 'running')
      this.#next = performance.now() + real(20_000 + Math.random() * 20_000);
    for (const inject of state.injects)
      if (!this.#answered.has(inject.id)) {
        this.#answered.add(inject.id);
        const id = inject.id;
        setTimeout(
          () => {
            if (this.state?.phase !== 'ended')
              this.#send(
                decisionStatement(this.ctx, decision(this.i * 1000 + 999, id), this.#meta()),
              );
          },
          real(10_000 + Math.random() * 20_000),
        );
      }
    if (state.phase === 'ended' && !this.done) {
      this.done = true;
      const summary = {
        overall: 70,
        scores: {
          timing: 70,
          tone: 70,
          empathy: null,
          personalization: 70,
          resolution: 70,
          channel: 70,
        },
        passed: true,
        failedOn: [],
      };
      this.#send(
        lifecycleStatement('completed', this.ctx, { ...this.#meta(), durationMs: RUN_MS }),
        lifecycleStatement('passed', this.ctx, {
          ...this.#meta(),
          durationMs: RUN_MS,
          summary,
          scenarios: [],
        }),
      );
    }
  }

  /** Answers the open decision when its time has come (called on a ticker). */
  tick() {
    if (this.state?.phase !== 'running' || this.done) return;
    const now = performance.now();
    if (now < this.#next) return;
    this.#next = now + real(20_000 + Math.random() * 20_000);
    this.#send(decisionStatement(this.ctx, decision(this.i * 1000 + this.#n++), this.#meta()));
  }

  get pending() {
    return this.#queue.state.pending;
  }
  flush() {
    return this.#queue.flush();
  }
}

class Console {
  #trainer: Promise<LrsClient>;
  #room: Promise<LrsClient>;
  #cursor = { c: initialCursor() };
  log = new Map<string, unknown>();
  refreshes: number[] = [];
  #ctx: LiveContext = {
    drill: DRILL,
    registration: REGISTRATION,
    facilitator: FACILITATOR,
  };
  #failures = 0;

  constructor(readonly endpoint: string) {
    this.#trainer = connectLrs({ endpoint, auth: basic(TRAINER) });
    this.#room = connectLrs({ endpoint, auth: basic(ROOM) });
  }

  async control<K extends ControlKind>(kind: K, fields: ControlFields[K]): Promise<string> {
    const meta = { id: randomUUID(), timestamp: new Date().toISOString() };
    controlSent.set(meta.id, { kind, at: performance.now() });
    await (await this.#room).send([controlStatement(kind, this.#ctx, fields, meta)]);
    return meta.id;
  }

  /** One refresh as the console does it: a polling round, then replay and board. */
  async refresh(): Promise<void> {
    const began = performance.now();
    const fresh = await round(await this.#trainer, this.#cursor, this.endpoint);
    for (const s of fresh) {
      const id = String((s as { id: string }).id).toLowerCase();
      if (!this.log.has(id)) this.log.set(id, s);
    }
    const log = [...this.log.values()];
    const authority = openedAuthority(log, REGISTRATION, LIVE_VERBS.opened);
    replay(log, REGISTRATION, {
      facilitator: { homePage: HOME, id: FACILITATOR.id },
      ...(authority ? { authority } : {}),
    });
    board(log, REGISTRATION);
    this.refreshes.push((performance.now() - began) * SPEED);
  }

  async poll(): Promise<void> {
    while (!stopping) {
      try {
        await this.refresh();
        this.#failures = 0;
      } catch {
        this.#failures++;
      }
      await sleep(
        pollDelay({ hidden: false, hiddenPolls: 0, failures: this.#failures }, Math.random()),
      );
    }
  }
}

// ---------------------------------------------------------------- the run
const pct = (values: number[], p: number) => {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const fmt = (ms: number) => (Number.isNaN(ms) ? '–' : `${Math.round(ms)} ms`);

const port = await freePort();
const lrs = await startLrs(port);
const endpoint = `http://127.0.0.1:${port}/xAPI/`;
const cpuBefore = process.cpuUsage();
const began = performance.now();
let exitCode = 0;
try {
  console.log(
    `live bench: ${TRAINEES} trainees, ${RUN_MS / 60_000} min of a run at ×${SPEED} (${Math.round(real(RUN_MS) / 1000)} s real) against ${endpoint}`,
  );
  const desk = new Console(endpoint);
  await desk.control('opened', { code: 'BENCH2' });
  const consolePolling = desk.poll();
  const trainees = Array.from({ length: TRAINEES }, (_, i) => new Trainee(i, endpoint));
  const polling: Promise<void>[] = [];
  for (const t of trainees) {
    t.join();
    polling.push(t.poll());
    await sleep(10_000 / TRAINEES);
  }
  const ticker = setInterval(() => trainees.forEach((t) => t.tick()), real(1000));
  const start = performance.now();
  const at = (fraction: number) =>
    sleep(Math.max(0, RUN_MS * fraction - (performance.now() - start) * SPEED));
  await desk.control('started', {});
  await at(0.4);
  await desk.control('paused', {});
  await sleep(30_000);
  await desk.control('resumed', {});
  await at(0.6);
  await desk.control('injected', {
    to: 'all',
    limitSeconds: 60,
    post: {
      source: 'typed',
      text: 'Where is my parcel? <b>A week late!</b>',
      persona: {
        name: 'Jana Becker',
        platform: 'facebook',
        kind: 'complaint',
        companyAtFault: true,
        privateDataNeeded: true,
      },
    },
  });
  await at(1);
  await desk.control('ended', {});
  // Every trainee sees the end and sends its verdict; then the outboxes drain.
  const deadline = performance.now() + real(60_000);
  while (performance.now() < deadline && trainees.some((t) => !t.done || t.pending > 0)) {
    await new Promise((r) => setTimeout(r, 200));
    await Promise.all(trainees.map((t) => t.flush()));
  }
  clearInterval(ticker);
  await sleep(3000);
  stopping = true;
  await Promise.all([consolePolling, ...polling]);
  await desk.refresh();
  const wallS = (performance.now() - began) / 1000;

  // What the LRS holds for the run, read with the trainer key (not counted as load).
  counting = true;
  const reader = await connectLrs({ endpoint, auth: basic(TRAINER) });
  const cursor = { c: initialCursor() };
  const stored = new Set<string>();
  for (;;) {
    const fresh = await round(reader, cursor, endpoint);
    for (const s of fresh) stored.add(String((s as { id: string }).id).toLowerCase());
    if (!fresh.length) break;
  }
  counting = false;

  const sent = trainees.flatMap((t) => [...t.sent].map((id) => id.toLowerCase()));
  const lost = sent.filter((id) => !stored.has(id)).length;
  const missedByConsole = sent.filter((id) => !desk.log.has(id)).length;
  const notEnded = trainees.filter((t) => !t.done).length;
  const refreshP95 = pct(desk.refreshes, 95);
  const seen = controlSeen.map((c) => c.ms);
  const seenP95 = pct(seen, 95);
  const runS = RUN_MS / 1000;

  console.log(
    `statements sent by trainees: ${sent.length}; stored: ${sent.length - lost}; lost: ${lost} (budget 0)`,
  );
  console.log(`statements the console's log lacks at the end: ${missedByConsole} (budget 0)`);
  console.log(`trainees that did not see the end: ${notEnded}`);
  console.log(
    `console refresh (round + replay + board), ${desk.refreshes.length} rounds: p50 ${fmt(pct(desk.refreshes, 50))}, p95 ${fmt(refreshP95)}, max ${fmt(Math.max(...desk.refreshes))} (budget p95 < 1000 ms)`,
  );
  console.log(
    `control → trainee sees it, ${seen.length} sightings: p50 ${fmt(pct(seen, 50))}, p95 ${fmt(seenP95)}, max ${fmt(Math.max(...seen))} (budget ≤ 3000 ms)`,
  );
  for (const kind of ['paused', 'injected'] as const) {
    const only = controlSeen.filter((c) => c.kind === kind).map((c) => c.ms);
    console.log(
      `  ${kind}: ${only.length} trainees, p95 ${fmt(pct(only, 95))}, max ${fmt(Math.max(...only))}`,
    );
  }
  console.log(
    `polling load on the LRS over the whole bench (${(wallS * SPEED).toFixed(0)} s of run time: joining, ${runS} s of run, the end):`,
  );
  let total = 0;
  for (const [kind, e] of [...traffic.entries()].sort()) {
    if (kind === 'count') continue;
    total += e.requests;
    console.log(
      `  ${kind.padEnd(14)} ${String(e.requests).padStart(7)} requests, ${(e.requests / (wallS * SPEED)).toFixed(1).padStart(6)}/s, ${e.failures} failed, ${(e.bytes / 1024).toFixed(0)} KB received, response p50 ${fmt(pct(e.ms, 50))}, p95 ${fmt(pct(e.ms, 95))}`,
    );
  }
  console.log(
    `  total          ${String(total).padStart(7)} requests, ${(total / (wallS * SPEED)).toFixed(1)}/s of run (×${SPEED}: ${(total / wallS).toFixed(1)}/s real)`,
  );
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    `this process: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU in ${wallS.toFixed(0)} s; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (lost > 0 || missedByConsole > 0 || notEnded > 0) exitCode = 1;
  if (!(refreshP95 < 1000) || !(seenP95 <= 3000)) exitCode = 1;
  console.log(exitCode === 0 ? 'live bench: within budget' : 'live bench: OVER BUDGET');
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  if (lrs.pid) process.kill(-lrs.pid, 'SIGTERM');
}
process.exit(exitCode);
