import type { Lang } from '../vocabulary';
import type { DriverOptions, Hinter, Scorer } from './driver';

/**
 * The trainee's settings and the builder of the driver's options, without the scorer itself:
 * the browser loads the scorer after first paint (a dynamic import, see SimulatorDe.svelte)
 * and hands it in here; Node code calls `driverOptions` in ./options.ts, which passes the
 * scorer it imports. Both go through `withEngine`, so the site, the walkthroughs and the model
 * tests build their options the same way.
 */
export interface PlayerSettings {
  lang: Lang;
  /** The trainee's own name as typed; blank means none given. */
  agentName?: string | undefined;
}

/** The two scorer entry points the engine needs (`scoreReply`, `liveHints`). */
export interface ScoringEngine {
  scoreReply: Scorer;
  liveHints: Hinter;
}

/** Longest name kept: a sign-off, not a paragraph. */
const MAX_NAME = 40;

/** The trainee's name as the engine uses it: trimmed, single-spaced, short; undefined if blank. */
export function cleanName(name: string | undefined): string | undefined {
  const clean = (name ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME).trim();
  return clean === '' ? undefined : clean;
}

/**
 * The driver's options for a player: the real scorer, live hints scored on the channel and
 * post the trainee picked, and the trainee's name reaching the scorer as `agentName`.
 */
export function withEngine(settings: PlayerSettings, engine: ScoringEngine): DriverOptions {
  const agentName = cleanName(settings.agentName);
  return {
    lang: settings.lang,
    scorer: engine.scoreReply,
    hinter: engine.liveHints,
    ...(agentName ? { agentName } : {}),
  };
}
