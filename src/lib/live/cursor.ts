/**
 * Polling a run's log (docs/live-drills.md, "Polling"), as pure functions: which request to
 * make next, what a page of the LRS's answer adds, and how long to wait before the next round.
 * The caller does the HTTP (xapi-client.ts) and keeps the cursor between polls.
 *
 * - A round starts with GET /statements?registration=R&ascending=true[&since=T] and follows
 *   `more` until it is empty.
 * - The next round's `since` is the newest `stored` seen, rewound by REWIND_MS and never later
 *   than the LRS's X-Experience-API-Consistent-Through: a statement stored "in the past"
 *   (concurrent writes, replicas) is still caught.
 * - Statements are deduplicated by id, so the overlap costs bandwidth, never correctness.
 */

import type { StatementsPage, StatementsRequest } from '../drill/xapi-client';

export type { StatementsPage, StatementsRequest };

/** How far the next round's `since` goes back behind the newest `stored` seen. */
export const REWIND_MS = 5000;

export const POLL = {
  /** Visible tab: a poll every 1.5–2 s (jittered so a room does not poll in step). */
  visibleMs: 2000,
  visibleJitterMs: 500,
  /** Hidden tab or failures: doubled per poll up to this. */
  maxMs: 30_000,
} as const;

export interface Cursor {
  /** The newest `stored` seen (epoch ms). */
  newest: number | undefined;
  /** The smallest X-Experience-API-Consistent-Through of this round (epoch ms). */
  consistentThrough: number | undefined;
  /** The `since` of the round in progress (epoch ms), kept while following `more`. */
  since: number | undefined;
  /** The `more` IRL of the page just read; undefined when the round is over. */
  more: string | undefined;
  /** Ids already returned (lower case). */
  seen: ReadonlySet<string>;
}

export const initialCursor = (): Cursor => ({
  newest: undefined,
  consistentThrough: undefined,
  since: undefined,
  more: undefined,
  seen: new Set(),
});

/** `since` as the LRS compares it: UTC with milliseconds (some LRSes compare strings). */
export const sinceParam = (ms: number) => new Date(ms).toISOString();

/**
 * The URL of a `more` IRL. xAPI 1.0.3: a relative IRL "including the full path and optionally a
 * query string but excluding scheme, host, and port", so it resolves against the endpoint's
 * origin; a full URL is taken as it is, and a path without a leading slash (seen in the wild)
 * resolves against the endpoint.
 */
export function moreUrl(endpoint: string, more: string): string {
  const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  if (/^https?:\/\//i.test(more)) return more;
  if (more.startsWith('/')) return new URL(more, new URL(base).origin).href;
  return new URL(more, base).href;
}

/** The next request of a poll: the pending `more` page, or a new round. */
export function nextRequest(
  cursor: Cursor,
  query: { endpoint: string; registration: string; limit?: number },
): StatementsRequest {
  if (cursor.more) return { kind: 'more', url: moreUrl(query.endpoint, cursor.more) };
  const params: Record<string, string> = { registration: query.registration, ascending: 'true' };
  if (query.limit !== undefined) params.limit = String(query.limit);
  if (cursor.since !== undefined) params.since = sinceParam(cursor.since);
  return { kind: 'query', params };
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/**
 * Takes one page into the cursor. `fresh` are the statements not seen before, in the page's
 * order; statements without a string id or a readable `stored` are left out (a conformant LRS
 * never returns them).
 */
export function ingest(
  cursor: Cursor,
  page: StatementsPage,
): { cursor: Cursor; fresh: unknown[]; done: boolean } {
  const seen = new Set(cursor.seen);
  const fresh: unknown[] = [];
  let newest = cursor.newest;
  for (const statement of page.statements) {
    const id = field(statement, 'id');
    const stored = Date.parse(String(field(statement, 'stored')));
    if (typeof id !== 'string' || Number.isNaN(stored)) continue;
    newest = newest === undefined ? stored : Math.max(newest, stored);
    const key = id.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(statement);
  }
  const header = page.consistentThrough ? Date.parse(page.consistentThrough) : Number.NaN;
  const consistentThrough = Number.isNaN(header)
    ? cursor.consistentThrough
    : Math.min(cursor.consistentThrough ?? header, header);
  const more = page.more ? page.more : undefined;
  if (more)
    return { cursor: { ...cursor, newest, consistentThrough, more, seen }, fresh, done: false };
  // The round is over: the next one starts a little before the newest statement seen.
  const upTo =
    newest === undefined
      ? undefined
      : Math.min(newest, consistentThrough ?? Number.POSITIVE_INFINITY);
  return {
    cursor: {
      newest,
      consistentThrough: undefined,
      since: upTo === undefined ? cursor.since : upTo - REWIND_MS,
      more: undefined,
      seen,
    },
    fresh,
    done: true,
  };
}

/** Gives up a `more` page the LRS refused (some expire them): the round starts again. */
export const restartRound = (cursor: Cursor): Cursor => ({
  ...cursor,
  more: undefined,
  consistentThrough: undefined,
});

/**
 * How long to wait before the next poll. Visible and healthy: 1.5–2 s. Hidden: 2 s doubled
 * per poll while hidden, up to 30 s. After failures: 2 s doubled per failure, up to 30 s,
 * ±25 %. `random` is a number in [0, 1).
 */
export function pollDelay(
  situation: { hidden: boolean; hiddenPolls: number; failures: number },
  random: number,
): number {
  if (situation.failures > 0) {
    const base = Math.min(POLL.maxMs, POLL.visibleMs * 2 ** situation.failures);
    return Math.round(base * (0.75 + random * 0.5));
  }
  if (situation.hidden)
    return Math.min(POLL.maxMs, POLL.visibleMs * 2 ** Math.max(0, situation.hiddenPolls));
  return Math.round(POLL.visibleMs - random * POLL.visibleJitterMs);
}
