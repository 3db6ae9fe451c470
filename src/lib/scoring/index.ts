/**
 * The scoring engine: (context, action) → scores and findings, in the browser and on the
 * command line. No zod, no YAML here, so the browser bundle stays small (the CLI validates
 * its input itself). FINDING_CODES (with descriptions, for scenario authors and their
 * validation) is imported from './codes' directly and stays out of the browser bundle.
 * This entry loads both languages; a page that needs only one imports './score' and
 * './lang-de' or './lang-en' (see src/components/sim/SimulatorDe.svelte).
 */
import './lang-de';
import './lang-en';

export { scoreReply, liveHints, WEIGHTS } from './score';
export type { FindingCode } from './catalog';
export * from './types';
