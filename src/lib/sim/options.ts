import { liveHints, scoreReply } from '../scoring/score';
import type { Lang } from '../vocabulary';
import type { DriverOptions } from './driver';

/**
 * The one way to build the driver's options: the site, the walkthroughs, the author checks and
 * the model tests all call this, so the tests run exactly what the product runs — the real
 * scorer, live hints scored on the channel and post the trainee picked, and the trainee's name
 * reaching the scorer as `agentName`.
 *
 * The scorer's language packs are not loaded here (a browser page bundles only its own, see
 * SimulatorDe.svelte); Node code imports src/lib/scoring, which loads both.
 */
export interface PlayerSettings {
  lang: Lang;
  /** The trainee's own name as typed; blank means none given. */
  agentName?: string | undefined;
}

/** Longest name kept: a sign-off, not a paragraph. */
const MAX_NAME = 40;

/** The trainee's name as the engine uses it: trimmed, single-spaced, short; undefined if blank. */
export function cleanName(name: string | undefined): string | undefined {
  const clean = (name ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME).trim();
  return clean === '' ? undefined : clean;
}

export function driverOptions(settings: PlayerSettings): DriverOptions {
  const agentName = cleanName(settings.agentName);
  return {
    lang: settings.lang,
    scorer: scoreReply,
    hinter: liveHints,
    ...(agentName ? { agentName } : {}),
  };
}
