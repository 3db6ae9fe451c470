/**
 * Runs pulled from an LRS, checked like imported files: each decision and the summary against
 * the results schemas, the drill's hash, and runs already imported from files. A run without
 * a passed/failed statement is still being played (or was abandoned) and is reported as such.
 */
import * as z from 'zod/mini';
import type { RunData } from './aggregate';
import { problemLines } from './problems';
import { decisionResult, drillSummary, type SeenResults } from './results';
import type { LrsRun } from './statements';

export type CheckedRun =
  | { ok: true; run: RunData }
  | {
      ok: false;
      problem: 'unfinished' | 'invalid' | 'foreign' | 'duplicate';
      name: string;
      details: string[];
    };

const runShape = z.strictObject({ decisions: z.array(decisionResult), summary: drillSummary });

export function checkLrsRun(run: LrsRun, seen: SeenResults, drillHash: string): CheckedRun {
  const name = run.trainee.name;
  if (run.drillHash !== drillHash) return { ok: false, problem: 'foreign', name, details: [] };
  if (run.summary === undefined) return { ok: false, problem: 'unfinished', name, details: [] };
  const parsed = runShape.safeParse({ decisions: run.decisions, summary: run.summary });
  if (!parsed.success)
    return { ok: false, problem: 'invalid', name, details: problemLines(parsed.error.issues) };
  if (seen.runs.has(run.run)) return { ok: false, problem: 'duplicate', name, details: [] };
  seen.runs.add(run.run);
  return {
    ok: true,
    run: { run: run.run, trainee: run.trainee, finishedAt: run.finishedAt, ...parsed.data },
  };
}
