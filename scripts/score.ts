/**
 * Scores replies from JSON Lines (see DESIGN.md, "Scoring contract").
 * Usage: npm run --silent score -- FILE     (or "-" for stdin)
 * One JSON object per input line, in the same order; a malformed line yields
 * {"id", "error"} naming the line and the field, the rest is still scored, and the exit
 * status is 1 if any line was malformed. Input is validated here with zod, so the
 * browser bundle of the scorer stays free of it.
 */
import { createReadStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import {
  CRITERIA,
  scoreReply,
  type Evaluation,
  type ScoringContext,
} from '../src/lib/scoring/index';

/** One input line: the scoring context plus the trainee's action. Unknown keys (labels, notes) are ignored. */
export const scoreInput = z.object({
  /** Echoed in the output so results can be matched to inputs. */
  id: z.string().min(1),
  /** Language of the reply and of the messages. */
  lang: z.enum(['de', 'en']),
  /** Kind of the customer's post. */
  kind: z.enum(['complaint', 'question', 'praise', 'troll']),
  /** Platform the post is on (optional). */
  platform: z.enum(['facebook', 'x', 'instagram', 'reviews', 'blog']).optional(),
  /** The customer's display name. */
  customerName: z.string(),
  /** The customer's post. */
  post: z.string(),
  /** The company is to blame. */
  companyAtFault: z.boolean().optional(),
  /** Solving it needs personal data. */
  privateDataNeeded: z.boolean().optional(),
  /** The post breaks the netiquette. */
  netiquetteViolated: z.boolean().optional(),
  /** The post is on the company's own profile (default true). */
  onOwnProfile: z.boolean().optional(),
  /** How the trainee acted. */
  channel: z.enum(['public', 'private', 'email', 'phone', 'none', 'hide', 'delete']),
  /** The reply text, "" when there is none. */
  reply: z.string(),
  /** Minutes between post and reply. */
  responseMinutes: z.number().finite().nonnegative(),
  /** The trainee's own name (optional). */
  agentName: z.string().optional(),
});
export type ScoreInput = z.infer<typeof scoreInput>;

/** The output object with keys in contract order. */
export function formatResult(id: string, ev: Evaluation): Record<string, unknown> {
  const scores: Record<string, number | null> = {};
  for (const c of CRITERIA) scores[c] = ev.scores[c];
  return {
    id,
    overall: ev.overall,
    scores,
    findings: ev.findings.map((f) => ({
      criterion: f.criterion,
      type: f.type,
      code: f.code,
      message: f.message,
      lesson: f.lesson,
      guideline: f.guideline,
      quotes: f.quotes,
    })),
  };
}

/** Scores one line; returns the output object and whether the line was malformed. */
export function scoreLine(
  line: string,
  lineNo: number,
): { out: Record<string, unknown>; ok: boolean } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (err) {
    return {
      out: { id: null, error: `line ${lineNo}: not valid JSON (${(err as Error).message})` },
      ok: false,
    };
  }
  const rawId = typeof data === 'object' && data !== null && 'id' in data ? data.id : null;
  const id = typeof rawId === 'string' ? rawId : null;
  const parsed = scoreInput.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `field "${i.path.join('.') || '(line)'}": ${i.message}`)
      .join('; ');
    return { out: { id, error: `line ${lineNo}: ${issues}` }, ok: false };
  }
  const { channel, reply, ...rest } = parsed.data;
  // Absent optional fields stay absent (the context type does not take explicit undefined).
  const context = Object.fromEntries(
    Object.entries(rest).filter(([, v]) => v !== undefined),
  ) as unknown as ScoringContext;
  return { out: formatResult(parsed.data.id, scoreReply(context, { channel, reply })), ok: true };
}

/**
 * The lines of a UTF-8 stream, split at "\n" only (a "\r" before it is dropped). Node's
 * readline also breaks at U+2028 and U+2029, which JSON leaves unescaped inside strings, so it
 * would cut a valid JSON Lines record in two.
 */
export async function* jsonLines(input: Readable): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for await (const chunk of input as AsyncIterable<Uint8Array | string>) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = rest.indexOf('\n')) !== -1) {
      yield rest.slice(0, end).replace(/\r$/, '');
      rest = rest.slice(end + 1);
    }
  }
  rest += decoder.decode();
  if (rest !== '') yield rest.replace(/\r$/, '');
}

/** Reads JSON Lines from `input`, writes results to `output`; resolves to the exit code. */
export async function run(input: Readable, output: Writable): Promise<number> {
  const lines = jsonLines(input);
  let lineNo = 0;
  let failed = false;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const { out, ok } = scoreLine(line, lineNo);
    if (!ok) failed = true;
    output.write(`${JSON.stringify(out)}\n`);
  }
  return failed ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write(
      'Usage: npm run --silent score -- FILE   (FILE is a JSON Lines file, or - for stdin)\n',
    );
    return 2;
  }
  const input = file === '-' ? process.stdin : createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    if (file === '-') resolve();
    else input.once('open', () => resolve()).once('error', reject);
  });
  try {
    await opened;
  } catch (err) {
    process.stderr.write(`Cannot read ${file}: ${(err as Error).message}\n`);
    return 2;
  }
  return run(input, process.stdout);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
