/**
 * The LRS connection, through @xapi/xapi. Loaded with a dynamic import by the pages that need
 * it (a drill with an LRS, the dashboard's "pull from LRS"), so pages without an LRS never
 * load the client (it bundles its own HTTP layer, ≈ 17 KB gzip).
 *
 * Requests go through our own adapter over `fetch`, so an error carries the HTTP status (the
 * library's fetch adapter throws the body text only) and the queue can tell "already stored"
 * (409) from "try again later".
 */
import type { AdapterFunction } from '@xapi/xapi/dist/types/adapters';
import type { LrsTarget } from './plan';
import type { SendBatch } from './xapi-queue';
import type { Statement } from './statements';

export class LrsError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when the LRS could not be reached at all. */
    readonly status: number,
  ) {
    super(message);
    this.name = 'LrsError';
  }
}

const adapter: AdapterFunction = async ({ url, method, data, headers }) => {
  const json = headers?.['Content-Type'] === 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: headers as Record<string, string>,
      ...(data === undefined ? {} : { body: json ? JSON.stringify(data) : (data as BodyInit) }),
    });
  } catch (error) {
    throw new LrsError(`LRS not reachable: ${(error as Error).message}`, 0);
  }
  const text = await response.text();
  if (!response.ok)
    throw new LrsError(`LRS answered ${response.status}: ${text.slice(0, 200)}`, response.status);
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (e.g. an empty 204): keep the text.
  }
  return {
    data: body as never,
    headers: Object.fromEntries(response.headers.entries()),
    status: response.status,
  };
};

/** A request for one page of GET /statements (made by src/lib/live/cursor.ts). */
export type StatementsRequest =
  { kind: 'query'; params: Record<string, string> } | { kind: 'more'; url: string };

/** One page of a GET /statements answer. */
export interface StatementsPage {
  statements: readonly unknown[];
  /** The `more` property ("" or absent when there is none). */
  more?: string | undefined;
  /** The X-Experience-API-Consistent-Through header, if the LRS sent one. */
  consistentThrough?: string | undefined;
}

export interface LrsClient {
  /** For the queue: sends a batch; a batch refused as a conflict is sent one by one. */
  send: SendBatch;
  /** Every statement about a drill activity (the drill and its scenarios), following "more". */
  statementsAbout(
    activityId: string,
    options?: { registration?: string; since?: string; max?: number },
  ): Promise<unknown[]>;
  /**
   * One page of GET /statements, as the live cursor asks for it (src/lib/live/cursor.ts), with
   * the `more` IRL and the X-Experience-API-Consistent-Through header. A `more` page on another
   * origin than the endpoint is refused: the key would go to another server.
   */
  page(request: StatementsRequest): Promise<StatementsPage>;
}

export async function connectLrs(target: LrsTarget): Promise<LrsClient> {
  const { default: XAPI } = await import('@xapi/xapi');
  const endpoint = target.endpoint.endsWith('/') ? target.endpoint : `${target.endpoint}/`;
  const xapi = new XAPI({ endpoint, auth: target.auth, adapter });
  return {
    async send(statements: Statement[]) {
      try {
        await xapi.sendStatements({ statements: statements as never });
      } catch (error) {
        if (!(error instanceof LrsError) || error.status !== 409) throw error;
        // One of them is already stored (a batch whose answer got lost): send the rest singly.
        for (const statement of statements) {
          try {
            await xapi.sendStatement({ statement: statement as never });
          } catch (single) {
            if (!(single instanceof LrsError) || single.status !== 409) throw single;
          }
        }
      }
    },
    async statementsAbout(activityId, options = {}) {
      const max = options.max ?? 20_000;
      const out: unknown[] = [];
      let page = await xapi.getStatements({
        activity: activityId,
        related_activities: true,
        ascending: true,
        ...(options.registration ? { registration: options.registration } : {}),
        ...(options.since ? { since: options.since } : {}),
      });
      for (;;) {
        out.push(...page.data.statements);
        const more = page.data.more;
        if (!more || out.length >= max) break;
        page = (await xapi.getMoreStatements({ more })) as typeof page;
      }
      return out;
    },
    async page(request) {
      let answer: { data: unknown; headers?: Record<string, unknown> };
      if (request.kind === 'more') {
        const url = new URL(request.url);
        if (url.origin !== new URL(endpoint).origin)
          throw new LrsError(`LRS sent a "more" link to another server: ${url.origin}`, 0);
        answer = await xapi.getMoreStatements({ more: `${url.pathname}${url.search}` });
      } else {
        const { registration, since, limit } = request.params;
        answer = await xapi.getStatements({
          ascending: request.params.ascending === 'true',
          ...(registration ? { registration } : {}),
          ...(since ? { since } : {}),
          ...(limit ? { limit: Number(limit) } : {}),
        });
      }
      const data = answer.data as { statements?: unknown; more?: unknown };
      const header = Object.entries(answer.headers ?? {}).find(
        ([name]) => name.toLowerCase() === 'x-experience-api-consistent-through',
      )?.[1];
      return {
        statements: Array.isArray(data.statements) ? data.statements : [],
        more: typeof data.more === 'string' ? data.more : undefined,
        consistentThrough: typeof header === 'string' ? header : undefined,
      };
    },
  };
}
