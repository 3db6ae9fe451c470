import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectLrs, LrsError } from '../../src/lib/drill/xapi-client';

const target = { endpoint: 'http://127.0.0.1:9/xAPI', auth: 'Basic dzp3cw==' };
const st = (n: number) => ({ id: `00000000-0000-4000-8000-00000000000${n}` });

afterEach(() => vi.unstubAllGlobals());

describe('LRS client', () => {
  it('posts batches with the xAPI version header and the key to <endpoint>/statements', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return Promise.resolve(new Response('["x"]', { status: 200 }));
    });
    const client = await connectLrs(target);
    await client.send([st(1), st(2)]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('http://127.0.0.1:9/xAPI/statements');
    expect(calls[0]!.init.method).toBe('POST');
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers.Authorization).toBe('Basic dzp3cw==');
    expect(headers['X-Experience-API-Version']).toBe('1.0.3');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual([st(1), st(2)]);
  });

  it('sends a batch refused as a conflict one by one; a 409 for one means it is stored', async () => {
    const answers = [409, 409, 200];
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response('', { status: answers.shift() ?? 500 })),
    );
    const client = await connectLrs(target);
    await expect(client.send([st(1), st(2)])).resolves.toBeUndefined();
    expect(answers).toEqual([]);
  });

  it('rejects with the status: 0 when unreachable, the HTTP status otherwise', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')));
    const down = await connectLrs(target);
    await expect(down.send([st(1)])).rejects.toMatchObject({ name: 'LrsError', status: 0 });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('nope', { status: 403 })));
    const denied = await connectLrs(target);
    const error = await denied.send([st(1)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LrsError);
    expect((error as LrsError).status).toBe(403);
  });

  it('reads one page for the live cursor: query, more on the same origin, and the header', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      urls.push(url);
      return Promise.resolve(
        new Response(JSON.stringify({ statements: [st(1)], more: '/xAPI/statements?cursor=7' }), {
          status: 200,
          headers: {
            'Content-Type': 'application/json',
            'X-Experience-API-Consistent-Through': '2026-12-07T09:00:02.000Z',
          },
        }),
      );
    });
    const client = await connectLrs(target);
    const first = await client.page({
      kind: 'query',
      params: { registration: 'r-1', ascending: 'true', since: '2026-12-07T08:59:57.000Z' },
    });
    expect(first).toEqual({
      statements: [st(1)],
      more: '/xAPI/statements?cursor=7',
      consistentThrough: '2026-12-07T09:00:02.000Z',
    });
    await client.page({ kind: 'more', url: 'http://127.0.0.1:9/xAPI/statements?cursor=7' });
    expect(urls).toEqual([
      'http://127.0.0.1:9/xAPI/statements?ascending=true&registration=r-1&since=2026-12-07T08%3A59%3A57.000Z',
      'http://127.0.0.1:9/xAPI/statements?cursor=7',
    ]);
    await expect(
      client.page({ kind: 'more', url: 'https://elsewhere.example/xAPI/statements?cursor=7' }),
    ).rejects.toMatchObject({ name: 'LrsError' });
    expect(urls).toHaveLength(2);
  });
});
