import { describe, expect, it } from 'vitest';
import { de } from '../../src/lib/i18n/de';
import { en } from '../../src/lib/i18n/en';
import { switchLangPath, isLang, otherLang } from '../../src/lib/i18n';
import { fill, plural } from '../../src/lib/i18n/format';

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

  it('keeps the sections islands get as props free of functions, with the same placeholders', () => {
    const placeholders = (text: unknown) =>
      typeof text === 'string' ? [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : [];
    for (const messages of [de.sim, en.sim]) {
      // What survives JSON is what survives Astro's prop serialisation.
      expect(JSON.parse(JSON.stringify(messages))).toEqual(messages);
    }
    for (const key of keys(de.sim)) {
      const at = (m: unknown) =>
        key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m);
      expect(placeholders(at(en.sim)), key).toEqual(placeholders(at(de.sim)));
    }
  });

  it('fills placeholders and picks the plural form', () => {
    expect(fill(de.sim.overall, { n: 80 })).toBe('Gesamt: 80 von 100');
    expect(fill('{a} und {a}, {b}', { a: 1, b: 'x' })).toBe('1 und 1, x');
    expect(fill('{missing}', {})).toBe('{missing}');
    expect(fill('{n}', { n: '$& $1' })).toBe('$& $1');
    expect(plural(en.sim.likes, 1)).toBe('1 like');
    expect(plural(en.sim.likes, 0)).toBe('0 likes');
    expect(plural(de.sim.likes, 3)).toBe('3 Gefällt mir');
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
