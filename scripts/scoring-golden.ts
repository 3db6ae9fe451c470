/**
 * The scorer's golden file: every development reply and every scenario option, scored with
 * and without a trainee name, input and output side by side
 * (tests/fixtures/scoring/golden.jsonl). tests/unit/scoring-golden.test.ts re-scores the
 * inputs and requires byte-identical output, so a refactor that must not change behaviour is
 * proved by the test staying green; an intended change is made visible by
 * `npm run scoring:golden -- --write` and the diff of the file.
 *
 * The inputs are stored in the file, so later edits to scenarios or the development set do
 * not change what the golden file checks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { scoreReply, type ReplyAction, type ScoringContext } from '../src/lib/scoring/index';
import { loadLibrary } from '../src/lib/sim/load-node';
import { formatResult } from './score';

export const GOLDEN_FILE = 'tests/fixtures/scoring/golden.jsonl';

export interface GoldenInput extends ScoringContext, ReplyAction {
  id: string;
}

function devInputs(): GoldenInput[] {
  const out: GoldenInput[] = [];
  for (const lang of ['de', 'en'] as const) {
    for (const line of readFileSync(`tests/fixtures/scoring/dev-${lang}.jsonl`, 'utf8').split(
      '\n',
    )) {
      if (line.trim() === '') continue;
      const {
        labels: _labels,
        note: _note,
        ...input
      } = JSON.parse(line) as GoldenInput & {
        labels: unknown;
        note: unknown;
      };
      out.push(input);
    }
  }
  return out;
}

function scenarioInputs(): GoldenInput[] {
  const out: GoldenInput[] = [];
  for (const { loaded } of loadLibrary()) {
    const s = loaded.scenario;
    if (!s) continue;
    const messages = new Map(
      Object.values(s.beats).flatMap((b) => b.messages.map((m) => [m.id, m] as const)),
    );
    for (const [beatId, beat] of Object.entries(s.beats)) {
      const decision = beat.decision;
      if (!decision) continue;
      for (const option of decision.options) {
        const target = option.target ?? decision.answers[0] ?? '';
        const message = messages.get(target);
        const from = message?.from ?? 'customer';
        const person = from === 'customer' ? s.customer : s.crowd[from];
        for (const lang of s.languages) {
          const ctx: ScoringContext = {
            lang,
            kind: message?.kind ?? (s.kind === 'mixed' ? 'complaint' : s.kind),
            platform: s.platform,
            customerName: person?.name ?? s.customer.name,
            post: message?.text[lang] ?? '',
            responseMinutes: 30,
          };
          for (const key of [
            'companyAtFault',
            'privateDataNeeded',
            'netiquetteViolated',
            'onOwnProfile',
          ] as const)
            if (s.facts[key] !== undefined) ctx[key] = s.facts[key];
          out.push({
            id: `${s.id}/${beatId}/${option.id}/${lang}`,
            ...ctx,
            channel: option.channel,
            reply: option.text?.[lang] ?? '',
          });
        }
      }
    }
  }
  return out;
}

/** One line per input: its result without a trainee name and with one (its own, or a default). */
export function goldenLines(inputs: readonly GoldenInput[]): string[] {
  return inputs.map((input) => {
    const { agentName, ...anonymous } = input;
    const named = { ...anonymous, agentName: agentName ?? (input.lang === 'de' ? 'Lena' : 'Sam') };
    const score = ({ id, channel, reply, ...ctx }: GoldenInput) =>
      formatResult(id, scoreReply(ctx, { channel, reply }));
    return JSON.stringify({ input: named, anonymous: score(anonymous), named: score(named) });
  });
}

/** The stored inputs, each with its stored line. */
export function readGolden(): { input: GoldenInput; line: string }[] {
  return readFileSync(GOLDEN_FILE, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((line) => ({ input: (JSON.parse(line) as { input: GoldenInput }).input, line }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const write = process.argv.includes('--write');
  if (write) {
    // Keep the stored inputs once the file exists: they are the fixed set the file proves.
    let inputs: GoldenInput[];
    try {
      inputs = readGolden().map((g) => g.input);
    } catch {
      inputs = [...devInputs(), ...scenarioInputs()];
    }
    writeFileSync(GOLDEN_FILE, `${goldenLines(inputs).join('\n')}\n`);
    process.stdout.write(`${GOLDEN_FILE}: ${inputs.length} inputs\n`);
  } else {
    process.stdout.write('Usage: npm run scoring:golden -- --write\n');
  }
}
