import { describe, expect, it } from 'vitest';
import { de } from '../../src/lib/i18n/de';
import { en } from '../../src/lib/i18n/en';
import { switchLangPath, isLang, otherLang } from '../../src/lib/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('i18n', () => {
  it('has the same keys in German and English', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  it('has no empty strings', () => {
    for (const messages of [de, en]) {
      for (const key of keys(messages)) {
        const value = key
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages);
        if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
      }
    }
  });

  it('switches the language of a path and keeps the rest', () => {
    expect(switchLangPath('/de/lessons/praise/', 'en')).toBe('/en/lessons/praise/');
    expect(switchLangPath('/en/', 'de')).toBe('/de/');
    expect(switchLangPath('/en', 'de')).toBe('/de');
    expect(switchLangPath('/dex/', 'en')).toBe('/dex/');
    expect(isLang('de')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(otherLang('de')).toBe('en');
  });
});
