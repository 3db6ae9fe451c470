/**
 * Agreement between the writers' labels and a second labeller who relabelled a sample of
 * every writer's replies blind (tests/fixtures/scoring/relabel/): Cohen's kappa and raw
 * agreement per dimension and language, over the labels both gave (good/bad; null counts as
 * its own class, since deciding that a dimension does not apply is part of the judgement).
 * Usage: npm run --silent agreement:scoring
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CRITERIA, type Criterion } from '../src/lib/scoring/index';
import { labelled, loadWriter, WRITERS, type LabelledReply } from './eval-scoring';

type Label = 'good' | 'bad' | null;
const DIR = 'tests/fixtures/scoring/relabel';

export function kappa(pairs: readonly [Label, Label][]): { kappa: number; agreement: number } {
  const classes: Label[] = ['good', 'bad', null];
  const n = pairs.length;
  if (n === 0) return { kappa: NaN, agreement: NaN };
  const observed = pairs.filter(([a, b]) => a === b).length / n;
  let expected = 0;
  for (const c of classes) {
    const pa = pairs.filter(([a]) => a === c).length / n;
    const pb = pairs.filter(([, b]) => b === c).length / n;
    expected += pa * pb;
  }
  return {
    kappa: expected === 1 ? 1 : (observed - expected) / (1 - expected),
    agreement: observed,
  };
}

export function main(): number {
  const original = new Map<string, LabelledReply>();
  for (const w of WRITERS) for (const item of loadWriter(w)) original.set(item.id, item);
  const lines: string[] = ["Blind relabelling: Cohen's kappa (raw agreement) per dimension"];
  const all: Record<Criterion, [Label, Label][]> = Object.fromEntries(
    CRITERIA.map((c) => [c, []]),
  ) as unknown as Record<Criterion, [Label, Label][]>;
  for (const lang of ['de', 'en'] as const) {
    const relabelled = readFileSync(`${DIR}/labels-${lang}.jsonl`, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { id: string; labels: Record<Criterion, Label> });
    const row: string[] = [];
    for (const c of CRITERIA) {
      const pairs: [Label, Label][] = [];
      for (const r of relabelled) {
        const o = original.get(r.id);
        if (!o) throw new Error(`${DIR}/labels-${lang}.jsonl: unknown id ${r.id}`);
        pairs.push([o.labels[c] ?? null, r.labels[c] ?? null]);
      }
      all[c].push(...pairs);
      const k = kappa(pairs);
      row.push(`${c} ${k.kappa.toFixed(2)} (${(k.agreement * 100).toFixed(0)} %)`);
    }
    lines.push(`  ${lang} (${relabelled.length} replies): ${row.join(', ')}`);
  }
  const overall = CRITERIA.map((c) => {
    const k = kappa(all[c]);
    return `${c} ${k.kappa.toFixed(2)} (${(k.agreement * 100).toFixed(0)} %)`;
  });
  lines.push(`  both: ${overall.join(', ')}`);
  const every = CRITERIA.flatMap((c) => all[c]);
  const k = kappa(every);
  lines.push(
    `  all labels: kappa ${k.kappa.toFixed(2)}, agreement ${(k.agreement * 100).toFixed(1)} %`,
  );
  lines.push(...rankCheck(original));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

interface RankCheck {
  pair: string;
  A: string;
  B: string;
  /** The reply the writer ranked better. */
  rankBetter: 'A' | 'B';
  /** The reply a second judge, shown both blind and in random order, found better. */
  judgeBetter: 'A' | 'B';
}

/**
 * Whether a second judge orders pairs of replies as their writer ranked them: pairs whose
 * writer's labels order them the same way (a control), and pairs whose rank contradicts the
 * writer's own labels, where no scorer that agrees with the labels can follow the rank.
 */
function rankCheck(original: ReadonlyMap<string, LabelledReply>): string[] {
  const file = `${DIR}/rank-check.jsonl`;
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RankCheck);
  const tally = { agree: { n: 0, rank: 0 }, contradict: { n: 0, rank: 0 } };
  for (const r of rows) {
    const a = original.get(r.A);
    const b = original.get(r.B);
    if (!a || !b) throw new Error(`${file}: ${r.pair} names an unknown reply id`);
    const [better, worse] = r.rankBetter === 'A' ? [a, b] : [b, a];
    const diff = labelled(better) - labelled(worse);
    if (diff === 0) continue;
    const t = diff > 0 ? tally.agree : tally.contradict;
    t.n++;
    if (r.judgeBetter === r.rankBetter) t.rank++;
  }
  const share = (t: { n: number; rank: number }) =>
    `${t.rank} of ${t.n} (${((t.rank / t.n) * 100).toFixed(0)} %)`;
  return [
    'Blind pair check: a second judge picks the better of two replies to one post',
    `  rank and labels agree: the judge follows the rank in ${share(tally.agree)}`,
    `  rank contradicts the labels: the judge follows the rank in ${share(tally.contradict)}`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
