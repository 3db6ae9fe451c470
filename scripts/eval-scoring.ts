/**
 * How well the scorer judges replies written by people who never saw it: balanced accuracy
 * per dimension and language, per writer and across writers, false passes (a bad reply
 * judged good) and false fails, pairs of replies to the same post ordered as the writer
 * ranked them, and the worst cases.
 *
 * Writers (tests/fixtures/scoring/README.md, "Evaluation corpus"):
 * - tuning:     the development set and the writers whose mistakes we read while tuning,
 * - validation: writers we measure on but never read item by item while tuning,
 * - sealed:     writers kept closed until the end (`--sealed`).
 *
 * Usage: npm run eval:scoring [-- --sealed] [-- --worst N] [-- --writer ID] [-- --json]
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  CRITERIA,
  PASS_MARK,
  scoreReply,
  type Criterion,
  type Evaluation,
  type Lang,
  type ReplyAction,
  type ScoringContext,
} from '../src/lib/scoring/index';
import { overallOf } from '../src/lib/scoring/score';

type Label = 'good' | 'bad' | null;

export interface LabelledReply extends ScoringContext, ReplyAction {
  id: string;
  group?: string;
  rank?: number;
  labels: Partial<Record<Criterion, Label>>;
  note?: string;
}

export interface Writer {
  id: string;
  role: 'tuning' | 'validation' | 'sealed';
  files: string[];
}

const DIR = 'tests/fixtures/scoring';
export const WRITERS: Writer[] = [
  { id: 'dev', role: 'tuning', files: [`${DIR}/dev-de.jsonl`, `${DIR}/dev-en.jsonl`] },
  { id: 'wretail', role: 'tuning', files: [`${DIR}/corpus/wretail.jsonl`] },
  { id: 'wutil', role: 'tuning', files: [`${DIR}/corpus/wutil.jsonl`] },
  { id: 'wdecol', role: 'tuning', files: [`${DIR}/corpus/wdecol.jsonl`] },
  { id: 'wlogis', role: 'tuning', files: [`${DIR}/corpus/wlogis.jsonl`] },
  { id: 'wdegenz', role: 'tuning', files: [`${DIR}/corpus/wdegenz.jsonl`] },
  { id: 'wenhome', role: 'tuning', files: [`${DIR}/corpus/wenhome.jsonl`] },
  { id: 'whousing', role: 'tuning', files: [`${DIR}/corpus/whousing.jsonl`] },
  { id: 'wtravel', role: 'tuning', files: [`${DIR}/corpus/wtravel.jsonl`] },
  { id: 'wfinhealth', role: 'tuning', files: [`${DIR}/corpus/wfinhealth.jsonl`] },
  { id: 'wennat', role: 'tuning', files: [`${DIR}/corpus/wennat.jsonl`] },
  { id: 'wenhobby', role: 'tuning', files: [`${DIR}/corpus/wenhobby.jsonl`] },
  { id: 'wenpro', role: 'tuning', files: [`${DIR}/corpus/wenpro.jsonl`] },
  { id: 'wdefood', role: 'tuning', files: [`${DIR}/corpus/wdefood.jsonl`] },
  { id: 'wdecare', role: 'tuning', files: [`${DIR}/corpus/wdecare.jsonl`] },
  { id: 'wmob', role: 'tuning', files: [`${DIR}/corpus/wmob.jsonl`] },
  { id: 'wdeapps', role: 'tuning', files: [`${DIR}/corpus/wdeapps.jsonl`] },
  { id: 'wenserv', role: 'tuning', files: [`${DIR}/corpus/wenserv.jsonl`] },
  { id: 'wensport', role: 'tuning', files: [`${DIR}/corpus/wensport.jsonl`] },
  { id: 'wdefrei', role: 'tuning', files: [`${DIR}/corpus/wdefrei.jsonl`] },
  { id: 'wdeauto', role: 'tuning', files: [`${DIR}/corpus/wdeauto.jsonl`] },
  { id: 'wins', role: 'tuning', files: [`${DIR}/corpus/wins.jsonl`] },
  { id: 'wbeauty', role: 'tuning', files: [`${DIR}/corpus/wbeauty.jsonl`] },
  { id: 'wsaas', role: 'tuning', files: [`${DIR}/corpus/wsaas.jsonl`] },
  { id: 'wcivic', role: 'validation', files: [`${DIR}/corpus/wcivic.jsonl`] },
  { id: 'whand', role: 'validation', files: [`${DIR}/corpus/whand.jsonl`] },
  { id: 'wencivic', role: 'validation', files: [`${DIR}/corpus/wencivic.jsonl`] },
  { id: 'wentech', role: 'validation', files: [`${DIR}/corpus/wentech.jsonl`] },
  { id: 'wrural', role: 'validation', files: [`${DIR}/corpus/wrural.jsonl`] },
  { id: 'wcity', role: 'validation', files: [`${DIR}/corpus/wcity.jsonl`] },
  { id: 'wmedia', role: 'validation', files: [`${DIR}/corpus/wmedia.jsonl`] },
  { id: 'wfam', role: 'validation', files: [`${DIR}/corpus/wfam.jsonl`] },
  { id: 'wgadget', role: 'validation', files: [`${DIR}/corpus/wgadget.jsonl`] },
  { id: 'wmoney', role: 'validation', files: [`${DIR}/corpus/wmoney.jsonl`] },
  { id: 'wevent', role: 'validation', files: [`${DIR}/corpus/wevent.jsonl`] },
  { id: 'wlearn', role: 'validation', files: [`${DIR}/corpus/wlearn.jsonl`] },
  { id: 'wsafe', role: 'validation', files: [`${DIR}/corpus/wsafe.jsonl`] },
  { id: 'wstyle', role: 'validation', files: [`${DIR}/corpus/wstyle.jsonl`] },
  { id: 'wtrade', role: 'validation', files: [`${DIR}/corpus/wtrade.jsonl`] },
  { id: 'wleisure', role: 'validation', files: [`${DIR}/corpus/wleisure.jsonl`] },
  { id: 'wgreen', role: 'validation', files: [`${DIR}/corpus/wgreen.jsonl`] },
  { id: 'wnet', role: 'validation', files: [`${DIR}/corpus/wnet.jsonl`] },
  { id: 'wfix', role: 'validation', files: [`${DIR}/corpus/wfix.jsonl`] },
  { id: 'wplay', role: 'validation', files: [`${DIR}/corpus/wplay.jsonl`] },
  { id: 'wpet', role: 'validation', files: [`${DIR}/corpus/wpet.jsonl`] },
  { id: 'wport', role: 'validation', files: [`${DIR}/corpus/wport.jsonl`] },
  { id: 'wbody', role: 'validation', files: [`${DIR}/corpus/wbody.jsonl`] },
  { id: 'walp', role: 'validation', files: [`${DIR}/corpus/walp.jsonl`] },
  { id: 'wpublic', role: 'sealed', files: [`${DIR}/sealed/wpublic.jsonl`] },
  { id: 'wstream', role: 'sealed', files: [`${DIR}/sealed/wstream.jsonl`] },
];

export function loadWriter(w: Writer): LabelledReply[] {
  const out: LabelledReply[] = [];
  for (const file of w.files) {
    if (!existsSync(file)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '') return;
        try {
          out.push(JSON.parse(line) as LabelledReply);
        } catch {
          throw new Error(`${file} line ${i + 1} is not valid JSON`);
        }
      });
  }
  return out;
}

export interface Scored {
  item: LabelledReply;
  writer: string;
  ev: Evaluation;
}

export function scoreAll(items: readonly LabelledReply[], writer: string): Scored[] {
  return items.map((item) => {
    const { id: _id, group: _g, rank: _r, labels: _l, note: _n, channel, reply, ...ctx } = item;
    return { item, writer, ev: scoreReply(ctx, { channel, reply }) };
  });
}

export interface Tally {
  good: number;
  goodRight: number;
  bad: number;
  badRight: number;
}

const emptyTally = (): Tally => ({ good: 0, goodRight: 0, bad: 0, badRight: 0 });

export const balanced = (t: Tally): number =>
  t.good + t.bad === 0
    ? NaN
    : t.good === 0
      ? t.badRight / t.bad
      : t.bad === 0
        ? t.goodRight / t.good
        : (t.goodRight / t.good + t.badRight / t.bad) / 2;

/** Verdict of a score: meets the guideline (≥ 60) or not; null where the scorer skipped it. */
export const verdict = (s: number | null): Label =>
  s === null ? null : s >= PASS_MARK ? 'good' : 'bad';

export function tally(scored: readonly Scored[], lang?: Lang): Record<Criterion, Tally> {
  const out = Object.fromEntries(CRITERIA.map((c) => [c, emptyTally()])) as Record<
    Criterion,
    Tally
  >;
  for (const { item, ev } of scored) {
    if (lang && item.lang !== lang) continue;
    for (const c of CRITERIA) {
      const label = item.labels[c];
      if (label !== 'good' && label !== 'bad') continue;
      const t = out[c];
      const right = verdict(ev.scores[c]) === label;
      if (label === 'good') {
        t.good++;
        if (right) t.goodRight++;
      } else {
        t.bad++;
        if (right) t.badRight++;
      }
    }
  }
  return out;
}

/**
 * The overall score of a scorer that agreed with every label (good 100, bad 0, null left
 * out): the writer's own labels weighed as the overall score weighs the dimensions.
 */
export const labelled = (item: LabelledReply): number =>
  overallOf(
    Object.fromEntries(
      CRITERIA.map((c) => {
        const label = item.labels[c];
        return [c, label === 'good' ? 100 : label === 'bad' ? 0 : null];
      }),
    ) as Record<Criterion, number | null>,
  );

export interface Pairs {
  /** Pairs of replies to one post with different ranks … */
  total: number;
  /** … and how many the overall score orders as the writer ranked them. */
  right: number;
  /**
   * The pairs whose labels already order them as the rank does. In the others the writer
   * ranked a reply higher although its own labels, weighed as the overall score weighs them,
   * say less of it (a silent move above a rude but personal reply): a scorer that agreed with
   * every label would order them the wrong way too.
   */
  agreeing: { total: number; right: number };
}

/** Pairs of replies to one post with different ranks, and how many the overall score orders the same way. */
export function pairs(scored: readonly Scored[], lang?: Lang): Pairs {
  const groups = new Map<string, Scored[]>();
  for (const s of scored) {
    if (lang && s.item.lang !== lang) continue;
    if (!s.item.group || typeof s.item.rank !== 'number') continue;
    const list = groups.get(s.item.group) ?? [];
    list.push(s);
    groups.set(s.item.group, list);
  }
  const out: Pairs = { right: 0, total: 0, agreeing: { total: 0, right: 0 } };
  for (const list of groups.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.item.rank === b.item.rank) continue;
        const [better, worse] = a.item.rank! < b.item.rank! ? [a, b] : [b, a];
        const right = better.ev.overall > worse.ev.overall;
        out.total++;
        if (right) out.right++;
        if (labelled(better.item) > labelled(worse.item)) {
          out.agreeing.total++;
          if (right) out.agreeing.right++;
        }
      }
  return out;
}

export interface Miss {
  id: string;
  writer: string;
  criterion: Criterion;
  label: 'good' | 'bad';
  score: number | null;
  /** How far the score is on the wrong side of 60. */
  distance: number;
}

export function misses(scored: readonly Scored[]): Miss[] {
  const out: Miss[] = [];
  for (const { item, writer, ev } of scored)
    for (const c of CRITERIA) {
      const label = item.labels[c];
      if (label !== 'good' && label !== 'bad') continue;
      const s = ev.scores[c];
      if (verdict(s) === label) continue;
      out.push({
        id: item.id,
        writer,
        criterion: c,
        label,
        score: s,
        distance: s === null ? 100 : Math.abs(s - PASS_MARK + (label === 'bad' ? 0 : 1)),
      });
    }
  return out.sort((a, b) => b.distance - a.distance);
}

const pct = (x: number) => (Number.isNaN(x) ? '  –  ' : x.toFixed(2).padStart(5));

function table(title: string, scored: readonly Scored[]): string[] {
  const lines = [title];
  lines.push(
    `  lang  ${CRITERIA.map((c) => c.slice(0, 6).padStart(6)).join(' ')}   pairs  pairs*  false-pass false-fail  n`,
  );
  for (const lang of ['de', 'en'] as const) {
    const n = scored.filter((s) => s.item.lang === lang).length;
    if (n === 0) continue;
    const t = tally(scored, lang);
    const p = pairs(scored, lang);
    let fp = 0;
    let ff = 0;
    for (const c of CRITERIA) {
      fp += t[c].bad - t[c].badRight;
      ff += t[c].good - t[c].goodRight;
    }
    lines.push(
      `  ${lang}    ${CRITERIA.map((c) => ` ${pct(balanced(t[c]))}`).join(' ')}   ${pct(p.total ? p.right / p.total : NaN)}  ${pct(p.agreeing.total ? p.agreeing.right / p.agreeing.total : NaN)}   ${String(fp).padStart(6)}     ${String(ff).padStart(6)}   ${n}`,
    );
  }
  return lines;
}

export function main(argv: string[]): number {
  const sealed = argv.includes('--sealed');
  const worstAt = argv.indexOf('--worst');
  const worst = worstAt >= 0 ? Number(argv[worstAt + 1] ?? 20) : 15;
  const only = argv.includes('--writer') ? argv[argv.indexOf('--writer') + 1] : undefined;
  const byWriter = new Map<string, Scored[]>();
  for (const w of WRITERS) {
    if (w.role === 'sealed' && !sealed) continue;
    if (only && w.id !== only) continue;
    byWriter.set(w.id, scoreAll(loadWriter(w), w.id));
  }
  const out: string[] = [];
  for (const [id, scored] of byWriter) {
    const role = WRITERS.find((w) => w.id === id)!.role;
    out.push(...table(`${id} (${role}, ${scored.length} replies)`, scored), '');
  }
  const roleOf = (id: string) => WRITERS.find((w) => w.id === id)!.role;
  const group = (role: Writer['role']) =>
    [...byWriter].filter(([id]) => roleOf(id) === role).flatMap(([, s]) => s);
  const tuning = group('tuning');
  const validation = group('validation');
  if (!only) {
    out.push(...table(`TUNING writers together (${tuning.length})`, tuning), '');
    out.push(
      ...table(
        `CROSS-WRITER: validation writers, never read while tuning (${validation.length})`,
        validation,
      ),
      '',
    );
    if (sealed)
      out.push(...table(`SEALED writer (${group('sealed').length})`, group('sealed')), '');
  }
  out.push(
    "pairs*: only the pairs whose writer's own labels (weighed as the overall score weighs them) order them as the rank does",
    '',
  );
  // Item-level mistakes only for writers we may read: the tuning writers (or one named writer).
  const readable = only ? [...byWriter.values()].flat() : tuning;
  out.push(`Worst cases (${only ?? 'tuning writers'}), furthest on the wrong side of 60:`);
  for (const m of misses(readable).slice(0, worst))
    out.push(
      `  ${m.id.padEnd(22)} ${m.criterion.padEnd(15)} labelled ${m.label.padEnd(4)} scored ${m.score ?? 'null'}`,
    );
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
