/** The command-line scorer: JSON Lines in and out per the scoring contract. */
import { spawnSync } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../scripts/score';

const good = {
  id: 'a1',
  lang: 'de',
  kind: 'complaint',
  platform: 'facebook',
  customerName: 'Jana Becker',
  post: 'Mein Paket ist seit einer Woche überfällig!',
  companyAtFault: true,
  privateDataNeeded: true,
  channel: 'public',
  reply:
    'Hallo Frau Becker, das tut uns leid! Schicken Sie uns bitte Ihre Bestellnummer per PN, dann prüfen wir das heute noch. Viele Grüße, Lena',
  responseMinutes: 45,
  agentName: 'Lena',
};

async function score(input: string): Promise<{ code: number; lines: Record<string, unknown>[] }> {
  let out = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  const code = await run(Readable.from([input]), sink);
  return {
    code,
    lines:
      out.trim() === ''
        ? []
        : out
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('score CLI', () => {
  it('prints one result per line with keys in contract order', async () => {
    const { code, lines } = await score(
      `${JSON.stringify(good)}\n${JSON.stringify({ ...good, id: 'a2', lang: 'en', reply: '', channel: 'none' })}\n`,
    );
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['a1', 'a2']);
    const [first] = lines;
    expect(Object.keys(first!)).toEqual(['id', 'overall', 'scores', 'findings']);
    expect(Object.keys(first!.scores as object)).toEqual([
      'timing',
      'tone',
      'empathy',
      'personalization',
      'resolution',
      'channel',
    ]);
    const finding = (first!.findings as Record<string, unknown>[])[0]!;
    expect(Object.keys(finding).slice(0, 5)).toEqual([
      'criterion',
      'type',
      'code',
      'message',
      'lesson',
    ]);
    expect((lines[1]!.scores as Record<string, unknown>).tone).toBeNull();
  });

  it('reports malformed lines with line number and field, scores the rest, exits 1', async () => {
    const input = [
      'not json',
      JSON.stringify({ ...good, id: 'bad-lang', lang: 'fr' }),
      JSON.stringify({ ...good, id: 'bad-minutes', responseMinutes: 'soon' }),
      JSON.stringify(good),
    ].join('\n');
    const { code, lines } = await score(input);
    expect(code).toBe(1);
    expect(lines).toHaveLength(4);
    expect(Object.keys(lines[0]!)).toEqual(['id', 'error']);
    expect(lines[0]!.id).toBeNull();
    expect(lines[0]!.error).toMatch(/^line 1: not valid JSON/);
    expect(lines[1]!.id).toBe('bad-lang');
    expect(lines[1]!.error).toMatch(/^line 2: field "lang"/);
    expect(lines[2]!.error).toMatch(/^line 3: field "responseMinutes"/);
    expect(lines[3]!.id).toBe('a1');
    expect(typeof lines[3]!.overall).toBe('number');
  });

  it('ignores extra keys such as labels and skips blank lines', async () => {
    const { code, lines } = await score(
      `\n${JSON.stringify({ ...good, labels: { tone: 'good' }, note: 'x' })}\n\n`,
    );
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
  });

  it('reads lines at "\\n" only: U+2028 and U+2029 inside replies stay in their line', async () => {
    const odd = [
      {
        ...good,
        id: 'ls',
        reply: `Hallo Frau Becker,\u2028das tut uns leid.\u2029Viele Grüße, Lena`,
      },
      { ...good, id: 'ps', post: 'Paket\u2029fehlt', reply: 'Das tut uns leid\u2028\u2028!' },
      { ...good, id: 'crlf' },
    ];
    // JSON.stringify leaves U+2028/U+2029 unescaped, as other JSON writers may.
    const text = odd.map((o) => JSON.stringify(o)).join('\n') + '\r\n';
    expect(text).toContain('\u2028');
    const { code, lines } = await score(text);
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['ls', 'ps', 'crlf']);
    expect(lines.every((l) => typeof l.overall === 'number')).toBe(true);
  });

  it('a line split across stream chunks inside a multi-byte character is read whole', async () => {
    const bytes = new TextEncoder().encode(
      `${JSON.stringify({ ...good, reply: 'Grüße\u2028ü' })}\n`,
    );
    const chunks = [...bytes].map((b) => Uint8Array.of(b));
    let out = '';
    const sink = new Writable({
      write(chunk, _enc, done) {
        out += String(chunk);
        done();
      },
    });
    expect(await run(Readable.from(chunks), sink)).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
  });

  it('runs as npm script from stdin', () => {
    const result = spawnSync('npm', ['run', '--silent', 'score', '--', '-'], {
      input: `${JSON.stringify(good)}\n{"id":"x"}\n`,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]!.id).toBe('a1');
    expect(lines[1]!.id).toBe('x');
    expect(lines[1]!.error).toContain('line 2');
  }, 60_000);
});
