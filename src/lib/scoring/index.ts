/**
 * The scoring engine: (context, action) → scores and findings, in the browser and on the
 * command line. No zod, no YAML here, so the browser bundle stays small (the CLI validates
 * its input itself).
 */
export { scoreReply, liveHints, WEIGHTS } from './score';
export { FINDING_CODES, isFindingCode, type FindingCode } from './codes';
export { GUIDELINE_LESSONS } from './lessons';
export * from './types';
