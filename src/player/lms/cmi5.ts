/**
 * cmi5: the AU reads its launch parameters (endpoint, fetch, actor, registration, activityId),
 * fetches the auth token once and sends the cmi5-defined statements built by
 * src/lib/export/statements.ts, in order. Progress (the same text SCORM keeps in
 * suspend_data) is a document of the xAPI State resource, which cmi5 requires of the LMS's
 * LRS (cmi5 §11): read before the course opens, written after every change.
 */
import {
  cmi5Statement,
  type Cmi5Launch,
  type Cmi5Result,
  type Cmi5Verb,
} from '../../lib/export/statements';
import { decisionStatement } from '../../lib/drill/statements';
import type { ExamReport, Lms, SimulationReport } from './types';
import { isoDuration } from './types';

/**
 * A version 4 UUID. Not `crypto.randomUUID()`: that exists in secure contexts only, and LMSs
 * still launch AUs over plain http.
 */
function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const x = [...b].map((n) => n.toString(16).padStart(2, '0')).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The State resource's document id for the course's progress. */
const STATE_ID = 'https://replylab.example/xapi/state/progress';
/** A state document has no limit in xAPI; this bounds what the AU writes and trusts. */
const STATE_LIMIT = 64_000;
/** How long the AU waits for the stored progress before it opens the course afresh. */
const STATE_WAIT_MS = 5_000;

export interface Cmi5Lms extends Lms {
  /** Resolves when every statement so far has been answered by the LRS. */
  sent(): Promise<unknown>;
}

function parseActor(text: string | null): Cmi5Launch['actor'] | null {
  try {
    return JSON.parse(text ?? 'null') as Cmi5Launch['actor'] | null;
  } catch {
    return null;
  }
}

/** The cmi5 adapter, or null when the launch URL lacks what cmi5 requires. */
export function cmi5(search: string, started: number): Cmi5Lms | null {
  const q = new URLSearchParams(search);
  const endpoint = q.get('endpoint');
  const fetchUrl = q.get('fetch');
  const registration = q.get('registration');
  const activityId = q.get('activityId');
  const actor = parseActor(q.get('actor'));
  if (!endpoint || !fetchUrl || !registration || !activityId || !actor) return null;
  const launch: Cmi5Launch = { actor, registration, activityId, sessionId: uuid() };
  const base = endpoint.replace(/\/?$/, '/');
  // The fetch URL may be used once only (cmi5 §8.2.3): the token is fetched once and shared.
  const token = fetch(fetchUrl, { method: 'POST' })
    .then((r) => r.json() as Promise<Record<string, string>>)
    .then((j) => j['auth-token'] ?? '');
  let queue: Promise<unknown> = Promise.resolve();
  const post = (statement: Record<string, unknown>) => {
    // Statements go one after another: the LRS must see initialized first, terminated last.
    queue = queue.then(async () =>
      fetch(`${base}statements`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
          Authorization: `Basic ${await token}`,
        },
        body: JSON.stringify(statement),
      }),
    );
  };
  const send = (verb: Cmi5Verb, result?: Cmi5Result) =>
    post(
      cmi5Statement(verb, launch, {
        id: uuid(),
        timestamp: new Date().toISOString(),
        ...(result ? { result } : {}),
      }),
    );
  const duration = () => isoDuration(Date.now() - started);

  // The progress document: one per learner, AU and registration.
  const stateUrl = `${base}activities/state?${new URLSearchParams({
    activityId,
    agent: JSON.stringify(actor),
    registration,
    stateId: STATE_ID,
  }).toString()}`;
  const stateHeaders = async () => ({
    'X-Experience-API-Version': '1.0.3',
    Authorization: `Basic ${await token}`,
  });
  let stored = '';
  const ready = Promise.race([
    (async () => {
      const r = await fetch(stateUrl, { headers: await stateHeaders() });
      // 404: nothing stored yet. Anything else unreadable: a fresh start.
      if (r.ok) stored = await r.text();
    })().catch(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, STATE_WAIT_MS)),
  ]);
  // Writes go one at a time and only the newest text is written: a burst of changes while a
  // write is under way costs one more write, not one each.
  let wanted: string | null = null;
  let writing: Promise<unknown> = Promise.resolve();
  const keep = (text: string) => {
    wanted = text;
    writing = writing.then(async () => {
      if (wanted === null) return;
      const body = wanted;
      wanted = null;
      await fetch(stateUrl, {
        method: 'PUT',
        headers: { ...(await stateHeaders()), 'Content-Type': 'application/json' },
        body,
      }).catch(() => undefined);
    });
  };
  let completed = false;
  let judged = false;
  let simulations: Cmi5Result['simulations'];
  return {
    connected: true,
    suspendLimit: STATE_LIMIT,
    ready,
    start() {
      send('initialized');
      return stored;
    },
    save(data, complete) {
      keep(data);
      if (!complete || completed) return;
      completed = true;
      send('completed', { duration: duration() });
    },
    result(report: ExamReport) {
      // cmi5 allows one passed/failed judgement per registration session.
      if (judged) return;
      judged = true;
      send(report.passed ? 'passed' : 'failed', {
        percent: report.percent,
        duration: duration(),
        areas: report.areas,
        ...(simulations ? { simulations } : {}),
      });
    },
    decisions(entries) {
      // One "responded" statement per decision in the drills' shape (one shape for both),
      // with the launch's actor and the cmi5 session context, under this AU's activity.
      const cmi5Context = cmi5Statement('initialized', launch, { id: '', timestamp: '' })
        .context as Record<string, unknown>;
      for (const d of entries) {
        const statement = decisionStatement(
          {
            // Only the shape is taken: actor, object id and context are replaced below.
            plan: { id: `${activityId}/scenarios`, name: d.scenario, lang: 'en' },
            drillHash: '',
            run: registration,
            trainee: { name: actor.name ?? '', kind: 'name' },
            homePage: actor.account.homePage,
          },
          d,
          { id: uuid(), timestamp: new Date().toISOString() },
        );
        const object = statement.object as { id: string };
        post({
          ...statement,
          actor: { objectType: 'Agent', ...actor },
          object: { ...object, id: `${activityId}/scenarios/${encodeURIComponent(d.scenario)}` },
          // cmi5 "allowed" statements: registration and session id, no cmi5 category.
          context: {
            registration,
            contextActivities: { parent: [{ id: activityId }] },
            extensions: (cmi5Context.extensions ?? {}) as Record<string, unknown>,
          },
        });
      }
    },
    simulation(report: SimulationReport) {
      // The scenarios' dimension scores travel as a result extension of passed/failed.
      simulations = Object.fromEntries(
        report.results.map((r) => [r.id, { ...r.scores, overall: r.overall }]),
      );
    },
    finish() {
      send('terminated', { duration: duration() });
    },
    sent: () => Promise.all([queue, writing]),
  };
}
