/**
 * cmi5 statements as pure functions (the AU in player/cmi5.js sends the same shapes). The
 * project's extension IRIs live under https://replylab.example/xapi/extensions/:
 *   area-scores        { "<guideline area>": 0-100 }       exam score per area
 *   simulation-scores  { "<scenario id>": { "<criterion>": 0-100 | null, "overall": 0-100 } }
 */
export const EXT = {
  areaScores: 'https://replylab.example/xapi/extensions/area-scores',
  simulationScores: 'https://replylab.example/xapi/extensions/simulation-scores',
} as const;

const VERB = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type Cmi5Verb = keyof typeof VERB;

export interface Cmi5Launch {
  /** The actor from the launch URL (an Agent with an account). */
  actor: { objectType?: 'Agent'; name?: string; account: { homePage: string; name: string } };
  registration: string;
  activityId: string;
  sessionId: string;
}

export interface Cmi5Result {
  percent?: number;
  passed?: boolean;
  /** ISO 8601 duration of the session so far. */
  duration?: string;
  areas?: Record<string, number>;
  simulations?: Record<string, Record<string, number | null>>;
}

/** One cmi5-defined statement; `id` and `timestamp` are passed in so the function stays pure. */
export function cmi5Statement(
  verb: Cmi5Verb,
  launch: Cmi5Launch,
  options: { id: string; timestamp: string; result?: Cmi5Result },
): Record<string, unknown> {
  const r = options.result ?? {};
  const moveOn = verb === 'completed' || verb === 'passed' || verb === 'failed';
  const result: Record<string, unknown> = {};
  if (verb === 'passed' || verb === 'failed') {
    const percent = r.percent ?? 0;
    result.score = { scaled: percent / 100, raw: percent, min: 0, max: 100 };
    result.success = verb === 'passed';
    const extensions: Record<string, unknown> = {};
    if (r.areas) extensions[EXT.areaScores] = r.areas;
    if (r.simulations) extensions[EXT.simulationScores] = r.simulations;
    if (Object.keys(extensions).length) result.extensions = extensions;
  }
  if (verb === 'completed') result.completion = true;
  if (r.duration && verb !== 'initialized') result.duration = r.duration;
  const categories = [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }];
  if (moveOn) categories.push({ id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' });
  return {
    id: options.id,
    actor: { objectType: 'Agent', ...launch.actor },
    verb: { id: VERB[verb], display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: launch.activityId },
    ...(Object.keys(result).length ? { result } : {}),
    context: {
      registration: launch.registration,
      contextActivities: { category: categories },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': launch.sessionId },
    },
    timestamp: options.timestamp,
  };
}
