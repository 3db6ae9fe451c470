/**
 * cmi5: the AU reads its launch parameters (endpoint, fetch, actor, registration, activityId),
 * fetches the auth token once and sends the cmi5-defined statements built by
 * src/lib/export/statements.ts, in order. The LMS keeps no suspend_data for cmi5 here (the
 * State API is optional for the loopback LRS), so progress lives for the session only.
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
  let completed = false;
  let judged = false;
  let simulations: Cmi5Result['simulations'];
  return {
    connected: true,
    suspendLimit: 0,
    start() {
      send('initialized');
      return '';
    },
    save(_data, complete) {
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
    sent: () => queue,
  };
}
