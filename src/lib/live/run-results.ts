/**
 * A live run's results rebuilt from its log (docs/live-drills.md, "Group debrief"), in the
 * drills' results format (docs/drills.md): the results files and, through `resultsCsv`, the CSV.
 * Only trainees whose run finished have a file: their passed/failed statement carries the
 * summary and the scenario results.
 */
import type { DrillPlan } from '../drill/plan';
import {
  RESULTS_FORMAT,
  RESULTS_VERSION,
  resultsContent,
  type ResultsContent,
} from '../drill/results';
import { runsFromStatements } from '../drill/statements';

/** Results rebuilt from the log: the files, and the names of trainees not finished or invalid. */
export interface RunResults {
  files: ResultsContent[];
  unfinished: string[];
  invalid: string[];
}

/**
 * One results file per trainee whose run finished (its passed/failed statement carries the
 * summary and the scenario results), checked with the results schema like an imported file.
 * Statements of other drills and the facilitator's controls are passed over.
 */
export function runResults(
  log: readonly unknown[],
  plan: DrillPlan,
  drillHash: string,
  registration: string,
): RunResults {
  const mine = log.filter((s) => {
    const ctx = (s as { context?: { registration?: unknown } }).context;
    return ctx?.registration === registration;
  });
  const out: RunResults = { files: [], unfinished: [], invalid: [] };
  for (const run of runsFromStatements(mine, plan.id)) {
    if (run.drillHash !== drillHash) continue;
    if (run.summary === undefined) {
      if (run.startedAt) out.unfinished.push(run.trainee.name);
      continue;
    }
    const parsed = resultsContent.safeParse({
      format: RESULTS_FORMAT,
      v: RESULTS_VERSION,
      drill: { id: plan.id, hash: drillHash, name: plan.name, pass: plan.pass },
      run: run.run,
      trainee: run.trainee,
      lang: plan.lang,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      decisions: run.decisions,
      scenarios: run.scenarios,
      summary: run.summary,
    });
    if (parsed.success) out.files.push(parsed.data);
    else out.invalid.push(run.trainee.name);
  }
  out.files.sort(
    (a, b) => a.trainee.name.localeCompare(b.trainee.name) || (a.run < b.run ? -1 : 1),
  );
  return out;
}
