/**
 * Drill results as CSV: one row per decision, with the trainee's drill summary repeated on
 * each row so a spreadsheet can filter and pivot without joins. Same conventions as the other
 * exports (BOM, CRLF, RFC 4180, formula starts neutralised: trainees type names and replies).
 */
import { csvFile } from '../export/csv-cell';
import { CRITERIA } from '../vocabulary';
import type { ResultsContent } from './results';

export const RESULTS_CSV_HEADER = [
  'drill',
  'drill_hash',
  'run',
  'trainee',
  'trainee_kind',
  'lang',
  'finished_at',
  'drill_overall',
  'drill_passed',
  'scenario',
  'beat',
  'target',
  'kind',
  'action',
  'channel',
  'option',
  'text',
  'latency_ms',
  'timed_out',
  'response_minutes',
  'overall',
  ...CRITERIA.map((c) => `score_${c}` as const),
  'findings',
] as const;

export function resultsCsv(files: readonly ResultsContent[]): string {
  return csvFile(
    RESULTS_CSV_HEADER,
    files.flatMap((f) =>
      f.decisions.map((d) => [
        f.drill.name,
        f.drill.hash,
        f.run,
        f.trainee.name,
        f.trainee.kind,
        f.lang,
        f.finishedAt,
        f.summary.overall,
        f.summary.passed ? 'yes' : 'no',
        d.scenario,
        d.beat,
        d.target,
        d.kind,
        d.action,
        d.channel ?? '',
        d.optionId ?? '',
        d.text,
        d.latencyMs,
        d.timedOut ? 'yes' : 'no',
        d.responseMinutes,
        d.overall ?? '',
        ...CRITERIA.map((c) => d.scores?.[c] ?? ''),
        d.findings.map((x) => x.code).join(' '),
      ]),
    ),
  );
}
