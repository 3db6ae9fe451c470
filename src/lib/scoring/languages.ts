import type { Lang } from './types';
import type { RuleSet } from './rules/types';

/**
 * The language packs the scorer knows: rule set and structural messages per language.
 * Packs register themselves (./lang-de.ts, ./lang-en.ts), so a browser page can bundle only
 * its own language (./browser-de.ts, ./browser-en.ts) while the command line and the tests
 * load both through ./index.ts.
 */
export interface LanguagePack {
  rules: RuleSet;
  messages: Record<string, string>;
}

const packs: Partial<Record<Lang, LanguagePack>> = {};

export function registerLanguage(lang: Lang, pack: LanguagePack): void {
  packs[lang] = pack;
}

export function languagePack(lang: Lang): LanguagePack {
  const pack = packs[lang];
  if (!pack)
    throw new Error(
      `The scorer has no "${lang}" language loaded: import src/lib/scoring/lang-${lang}.ts.`,
    );
  return pack;
}
