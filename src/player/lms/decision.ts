/**
 * A simulator decision (the drills' results-file entry) as a SCORM interaction: what the
 * trainee did in words (the reply, or the move), and its overall score as the result.
 */
import type { DecisionResult } from '../../lib/drill/results';

/** The reply's text, or the move when nothing was written (hide, delete, escalate, none). */
export function decisionResponse(d: DecisionResult): string {
  return d.text !== '' ? d.text : d.action;
}

/** Unique per scenario and decision; SCORM ids allow letters, digits, "-" and ".". */
export function decisionId(d: DecisionResult, index: number): string {
  return `scenario-${d.scenario}.${index + 1}`;
}
