/**
 * A local LRS for a classroom: Learning Locker's statements service (xapi-statements) with
 * statements kept in memory only, bound to 127.0.0.1 unless told otherwise, with two keys:
 *
 *   writer  — may only store statements ("statements/write"): this one goes into drill links;
 *   room    — may store statements and read back only those stored with it ("statements/write",
 *             "statements/read/mine"): a live run's console stores its controls with it, and
 *             trainees read the controls with it (docs/live-drills.md, Security);
 *   reader  — may read and write everything: the trainer's dashboard and the live console.
 *
 * Each key is its own client with its own authority, so `read/mine` and the authority a reader
 * checks tell the keys apart.
 *
 * Usage: npm run lrs [-- --port 8089] [-- --lan] [-- --site dist]
 *                    [-- --writer KEY:SECRET --room KEY:SECRET --reader KEY:SECRET]
 * --site DIR also serves a built site (`npm run build`) from DIR on the same port, so a room's
 * phones load the pages and reach the LRS on one origin over plain http: the pages' CSP allows
 * 'self', and no https page has to call an http LRS (browsers block that).
 * (LRS_PORT, LRS_HOST, LRS_WRITER, LRS_ROOM and LRS_READER work too). Without keys, random ones are
 * made and printed. When it stops, every statement is gone: the results files are the fallback.
 *
 * How the keys are enforced: xapi-statements asks an "auth" URL which client a token belongs
 * to (its AUTH_REPO=fetch mode); this script answers that URL itself, on a loopback port of
 * its own, with the scopes above, and 404 (rejected) for any other token.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.LRS_PORT ?? '8089' },
    host: { type: 'string', default: process.env.LRS_HOST ?? '127.0.0.1' },
    lan: { type: 'boolean', default: false },
    writer: { type: 'string', default: process.env.LRS_WRITER },
    room: { type: 'string', default: process.env.LRS_ROOM },
    reader: { type: 'string', default: process.env.LRS_READER },
    quiet: { type: 'boolean', default: false },
    site: { type: 'string', default: process.env.LRS_SITE },
  },
});

const port = Number(values.port);
const host = values.lan ? '0.0.0.0' : values.host;
const key = () => `${randomBytes(6).toString('hex')}:${randomBytes(12).toString('hex')}`;
const writer = values.writer ?? key();
const room = values.room ?? key();
const reader = values.reader ?? key();
const basic = (pair: string) => `Basic ${Buffer.from(pair).toString('base64')}`;

/** The authorities the LRS writes into statements: one account per key. */
const AUTHORITY_HOME = 'https://replylab.example/lrs';
const client = (id: string, name: string, title: string, scopes: string[]) => ({
  _id: id,
  title,
  authority: { objectType: 'Agent', name: title, account: { homePage: AUTHORITY_HOME, name } },
  isTrusted: true,
  lrs_id: '5f0000000000000000000002',
  organisation: '5f0000000000000000000003',
  scopes,
});
const clients = new Map([
  [
    basic(writer),
    client('5f0000000000000000000001', 'writer', 'ReplyLab drill writer', ['statements/write']),
  ],
  [
    basic(room),
    client('5f0000000000000000000004', 'room', 'ReplyLab live room', [
      'statements/write',
      'statements/read/mine',
    ]),
  ],
  [basic(reader), client('5f0000000000000000000005', 'trainer', 'ReplyLab trainer', ['all'])],
]);

// The auth answerer: only ever on loopback, whatever the LRS listens on.
const auth = http.createServer((req, res) => {
  const found = clients.get(req.headers.authorization ?? '');
  res.writeHead(found ? 200 : 404, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(found ?? { message: 'unknown client' }));
});
await new Promise<void>((resolve) => auth.listen(0, '127.0.0.1', resolve));
const authPort = (auth.address() as { port: number }).port;

const scratch = mkdtempSync(join(tmpdir(), 'replylab-lrs-'));
Object.assign(process.env, {
  EXPRESS_PORT: String(port),
  AUTH_REPO: 'fetch',
  LL_CLIENT_INFO_ENDPOINT: `http://127.0.0.1:${authPort}/auth`,
  EVENTS_REPO: 'test',
  MODELS_REPO: 'memory',
  STORAGE_REPO: 'local',
  FS_LOCAL_STORAGE_DIR: join(scratch, 'storage'),
  EXPRESS_MORGAN_DIRECTORY: join(scratch, 'accessLogs'),
  WINSTON_CONSOLE_LEVEL: process.env.WINSTON_CONSOLE_LEVEL ?? 'warning',
});

const site = values.site ? resolve(values.site) : undefined;
if (site && !existsSync(join(site, 'index.html'))) {
  console.error(`--site ${values.site}: no built site there (run "npm run build" first).`);
  process.exit(1);
}
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
};

/** The built site's file for a request path (index.html for folders), never outside `site`. */
function siteFile(root: string, url: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  for (const candidate of [file, join(file, 'index.html')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

function serveSite(root: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = siteFile(root, req.url ?? '/');
  const notFound = join(root, '404.html');
  const chosen = file ?? (existsSync(notFound) ? notFound : undefined);
  if (!chosen) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(file ? 200 : 404, {
    'Content-Type': TYPES[extname(chosen)] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(chosen).pipe(res);
}

// xapi-statements listens on its port with no host argument (all interfaces): bind it to ours.
type Listen = (this: http.Server, ...args: unknown[]) => http.Server;
const listen = Reflect.get(http.Server.prototype, 'listen') as Listen;
const bound: Listen = function (...args) {
  if (args[0] !== port) return listen.apply(this, args);
  if (site) {
    // The LRS answers under /xAPI/; every other path is the built site.
    const lrsHandlers = this.listeners('request') as http.RequestListener[];
    this.removeAllListeners('request');
    this.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      const path = (req.url ?? '/').split('?')[0]!;
      if (path === '/xAPI' || path.startsWith('/xAPI/'))
        for (const handler of lrsHandlers) handler.call(this, req, res);
      else serveSite(site, req, res);
    });
  }
  return listen.call(this, port, host, () => {
    (args[1] as () => void)();
    // One line for scripts and tests to wait for: printed once the port is open.
    console.log(`LRS ready on http://${host}:${port}/xAPI/`);
  });
};
Object.defineProperty(http.Server.prototype, 'listen', { value: bound });

createRequire(import.meta.url)('xapi-statements/dist/server');

const shown = host === '0.0.0.0' ? '<this machine’s address in the room network>' : host;
if (!values.quiet) {
  console.log(`ReplyLab classroom LRS (in memory: everything is gone when it stops)
  endpoint:        http://${shown}:${port}/xAPI/${site ? `\n  site:            http://${shown}:${port}/  (the built site in ${values.site}: open the pages from here)` : ''}
  writer key:      ${writer}    (for drill links: can only store statements)
  Authorization:   ${basic(writer)}
  room key:        ${room}    (for live drill links: stores and reads the console's controls only)
  Authorization:   ${basic(room)}
  trainer key:     ${reader}    (for the dashboard: reads everything; keep it to yourself)
  Authorization:   ${basic(reader)}
Starting (this takes a few seconds) … stop it with Ctrl+C.`);
}
