/**
 * The drill file: what the builder saves so a trainer can reload and edit a drill. It holds
 * the plan (with its LRS write key, if any) and nothing secret beyond what the link holds.
 */
import * as z from 'zod/mini';
import { drillPlan, PLAN_VERSION, type DrillPlan } from './plan';
import { problemLines } from './problems';

export const DRILL_FILE_FORMAT = 'replylab-drill';

export const drillFile = z.strictObject({
  /** Always "replylab-drill": tells a drill file from a results file or anything else. */
  format: z.literal(DRILL_FILE_FORMAT),
  /** Version of this file layout (the plan carries its own version too). */
  v: z.literal(PLAN_VERSION),
  /** When the file was saved, ISO 8601. */
  savedAt: z.iso.datetime(),
  /** The drill. */
  plan: drillPlan,
});
export type DrillFile = z.infer<typeof drillFile>;

export function drillFileJson(plan: DrillPlan, savedAt: Date): string {
  const file: DrillFile = {
    format: DRILL_FILE_FORMAT,
    v: PLAN_VERSION,
    savedAt: savedAt.toISOString(),
    plan,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ReadDrillFile =
  | { ok: true; plan: DrillPlan }
  | {
      ok: false;
      problem: 'malformed' | 'not-a-drill' | 'outdated' | 'newer' | 'invalid';
      details: string[];
    };

/** Reads a saved drill file's text; never throws. */
export function readDrillFile(text: string): ReadDrillFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'malformed', details: [(error as Error).message] };
  }
  const head = json as { format?: unknown; v?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== DRILL_FILE_FORMAT)
    return { ok: false, problem: 'not-a-drill', details: [] };
  if (typeof head.v === 'number' && head.v !== PLAN_VERSION)
    return { ok: false, problem: head.v < PLAN_VERSION ? 'outdated' : 'newer', details: [] };
  const result = drillFile.safeParse(json);
  if (!result.success)
    return { ok: false, problem: 'invalid', details: problemLines(result.error.issues) };
  return { ok: true, plan: result.data.plan };
}
