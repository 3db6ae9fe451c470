/**
 * A scenario as one language's page needs it: every text (`{ de: "…", en: "…" }`, see `text`
 * in schema.ts) keeps only that language. The page sends the scenario to the browser as
 * island props, parsed before the simulator starts; the other language's half is never read
 * there (a game is played in the language it started in).
 */
import { LANGUAGES, type Lang } from '../vocabulary';
import type { Scenario } from './schema';

const isText = (value: object): value is Partial<Record<Lang, string>> => {
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every(
      (k) =>
        (LANGUAGES as readonly string[]).includes(k) &&
        typeof (value as Record<string, unknown>)[k] === 'string',
    )
  );
};

function narrow(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((v) => narrow(v, lang));
  if (value === null || typeof value !== 'object') return value;
  if (isText(value)) return lang in value ? { [lang]: value[lang] } : value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, narrow(v, lang)]));
}

export function scenarioForLanguage(scenario: Scenario, lang: Lang): Scenario {
  return narrow(scenario, lang) as Scenario;
}
