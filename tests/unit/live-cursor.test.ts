import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ingest,
  initialCursor,
  moreUrl,
  nextRequest,
  pollDelay,
  restartRound,
  type Cursor,
} from '../../src/lib/live/cursor';
import { replay } from '../../src/lib/live/replay';
import { controlStatement, type ControlKind } from '../../src/lib/live/protocol';
import polls from '../fixtures/live/lrs-polls.json';
import { ctx, REGISTRATION, stored, trust } from '../fixtures/live/run';

const query = { endpoint: polls.endpoint, registration: polls.registration };
const idsOf = (statements: unknown[]) =>
  statements.map((s) => Number((s as { id: string }).id.slice(-4)));

/** Plays the recorded rounds through the cursor: the requests made and what was new. */
function play() {
  let cursor: Cursor = initialCursor();
  const requests: unknown[] = [];
  const fresh: number[][] = [];
  const all: unknown[] = [];
  for (const round of polls.rounds) {
    const got: unknown[] = [];
    for (const page of round.pages) {
      requests.push(nextRequest(cursor, query));
      const out = ingest(cursor, {
        statements: page.body.statements,
        more: (page.body as { more?: string }).more,
        consistentThrough: (page as { consistentThrough?: string }).consistentThrough,
      });
      cursor = out.cursor;
      got.push(...out.fresh);
    }
    fresh.push(idsOf(got));
    all.push(...got);
  }
  return { cursor, requests, fresh, all };
}

describe('polling cursor against recorded LRS answers', () => {
  const { cursor, requests, fresh, all } = play();
  const base = { registration: polls.registration, ascending: 'true' };

  it('asks for the whole run first, follows more, then asks since a rewound stored', () => {
    expect(requests).toEqual([
      { kind: 'query', params: base },
      {
        kind: 'more',
        url: 'http://127.0.0.1:8089/xAPI/statements?registration=6f1e2d3c-4b5a-8a69-9788-a6b5c4d3e2f1&ascending=true&cursor=5f00000000000000000000a2',
      },
      // newest 03.000, consistent through 02.000 (the first page's) → 02.000 − 5 s
      { kind: 'query', params: { ...base, since: '2026-12-07T08:59:57.000Z' } },
      // newest 05.900, consistent through 06.000 → 05.900 − 5 s
      { kind: 'query', params: { ...base, since: '2026-12-07T09:00:00.900Z' } },
      // newest 07.000, consistent only through 06.500 → 06.500 − 5 s
      { kind: 'query', params: { ...base, since: '2026-12-07T09:00:01.500Z' } },
    ]);
    // no header in the last round: newest 07.000 − 5 s
    expect(nextRequest(cursor, query)).toEqual({
      kind: 'query',
      params: { ...base, since: '2026-12-07T09:00:02.000Z' },
    });
  });

  it('hands each statement over once, including one that became visible late', () => {
    expect(fresh).toEqual([[1, 2, 3], [4, 5], [6, 7], []]);
    expect(cursor.seen.size).toBe(7);
  });

  it('what the rounds handed over replays to the run’s state', () => {
    const { state } = replay(all, polls.registration, {
      facilitator: { homePage: 'https://replylab.example', id: 'facil1tatorX' },
    });
    expect(state.phase).toBe('running');
    // started 03.000 → paused 05.000, resumed 07.000: 2 s so far.
    expect(state.last?.runningMs).toBe(2000);
  });

  it('asks with a limit when given one', () => {
    expect(nextRequest(initialCursor(), { ...query, limit: 100 })).toEqual({
      kind: 'query',
      params: { ...base, limit: '100' },
    });
  });

  it('starts the round again when a more page is refused, keeping since', () => {
    const mid = ingest(initialCursor(), {
      statements: polls.rounds[0]!.pages[0]!.body.statements,
      more: '/xAPI/statements?cursor=x',
    }).cursor;
    expect(nextRequest(restartRound(mid), query)).toEqual({ kind: 'query', params: base });
  });

  it('skips statements without an id or a stored', () => {
    const out = ingest(initialCursor(), {
      statements: [{ stored: '2026-12-07T09:00:00.000Z' }, { id: 'x' }, null, 'text'],
    });
    expect(out.fresh).toEqual([]);
    expect(out.done).toBe(true);
    expect(nextRequest(out.cursor, query)).toEqual({ kind: 'query', params: base });
  });
});

describe('moreUrl', () => {
  it('resolves an absolute path against the origin, a bare path against the endpoint', () => {
    expect(moreUrl('https://lrs.example.org/data/xAPI', '/data/xAPI/statements?more=a')).toBe(
      'https://lrs.example.org/data/xAPI/statements?more=a',
    );
    expect(moreUrl('https://lrs.example.org/data/xAPI', 'statements?more=b')).toBe(
      'https://lrs.example.org/data/xAPI/statements?more=b',
    );
    expect(moreUrl('https://lrs.example.org/data/xAPI/', 'https://other.example/s?more=c')).toBe(
      'https://other.example/s?more=c',
    );
  });
});

describe('pollDelay', () => {
  it('polls every 1.5–2 s while visible', () => {
    expect(pollDelay({ hidden: false, hiddenPolls: 0, failures: 0 }, 0)).toBe(2000);
    expect(pollDelay({ hidden: false, hiddenPolls: 0, failures: 0 }, 0.999)).toBe(1501);
  });
  it('backs off while hidden: 2, 4, 8, 16 s, then 30 s', () => {
    const hidden = [0, 1, 2, 3, 4, 9].map((n) =>
      pollDelay({ hidden: true, hiddenPolls: n, failures: 0 }, 0.5),
    );
    expect(hidden).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
  });
  it('backs off after failures, ±25 %', () => {
    expect(pollDelay({ hidden: false, hiddenPolls: 0, failures: 1 }, 0.5)).toBe(4000);
    expect(pollDelay({ hidden: false, hiddenPolls: 0, failures: 1 }, 0)).toBe(3000);
    expect(pollDelay({ hidden: true, hiddenPolls: 0, failures: 3 }, 0.999)).toBe(19992);
    expect(pollDelay({ hidden: false, hiddenPolls: 0, failures: 10 }, 0.5)).toBe(30000);
  });
});

describe('cursor and replay together', () => {
  it('any split into pages, with overlapping rounds, hands each statement over once and replays alike', () => {
    const kinds: ControlKind[] = ['opened', 'started', 'paused', 'resumed', 'ended'];
    const log = fc
      .array(fc.record({ kind: fc.constantFrom(...kinds), id: fc.uuid(), at: fc.nat(60) }), {
        maxLength: 30,
      })
      .map((items) =>
        items
          .filter((x, i) => items.findIndex((y) => y.id === x.id) === i)
          .map((x) =>
            stored(
              controlStatement(
                x.kind,
                ctx,
                (x.kind === 'opened' ? { code: 'ABC234' } : {}) as never,
                {
                  id: x.id,
                  timestamp: 'x',
                },
              ),
              x.at,
            ),
          )
          .sort((a, b) => Date.parse(a.stored as string) - Date.parse(b.stored as string)),
      );
    fc.assert(
      fc.property(
        log,
        fc.array(fc.nat(5), { minLength: 1, maxLength: 10 }),
        (statements, sizes) => {
          // Each round re-reads from a few statements back (the rewind) and is cut into pages.
          let cursor = initialCursor();
          const handed: unknown[] = [];
          let from = 0;
          for (const size of sizes) {
            const start = Math.max(0, from - 2);
            const slice = statements.slice(start, from + size + 1);
            for (let i = 0; i < slice.length || i === 0; i += 2) {
              const page = slice.slice(i, i + 2);
              const last = i + 2 >= slice.length;
              const out = ingest(cursor, {
                statements: page,
                more: last ? '' : '/xAPI/statements?p',
              });
              cursor = out.cursor;
              handed.push(...out.fresh);
              if (last) break;
            }
            from = Math.min(statements.length, from + size + 1);
          }
          const rest = ingest(cursor, { statements });
          handed.push(...rest.fresh);
          expect(handed.map((s) => (s as { id: string }).id).sort()).toEqual(
            statements.map((s) => s.id as string).sort(),
          );
          expect(replay(handed, REGISTRATION, trust)).toEqual(
            replay(statements, REGISTRATION, trust),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
