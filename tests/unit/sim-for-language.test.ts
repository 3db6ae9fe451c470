import { describe, expect, it } from 'vitest';
import { scenarioForLanguage } from '../../src/lib/sim/for-language';
import type { Scenario } from '../../src/lib/sim/schema';

describe('scenarioForLanguage', () => {
  it("keeps only the page language's texts and leaves everything else as it is", () => {
    const scenario = {
      id: 'x',
      languages: ['de', 'en'],
      title: { de: 'Paket zu spät', en: 'Parcel late' },
      scores: { tone: 80, empathy: 40 },
      crowd: { anna: { name: 'Anna', says: [{ de: 'Echt jetzt?', en: 'Really?' }] } },
      // A text only one language declares stays as it is.
      summary: { de: 'Nur deutsch' },
    } as unknown as Scenario;
    expect(scenarioForLanguage(scenario, 'en')).toEqual({
      id: 'x',
      languages: ['de', 'en'],
      title: { en: 'Parcel late' },
      scores: { tone: 80, empathy: 40 },
      crowd: { anna: { name: 'Anna', says: [{ en: 'Really?' }] } },
      summary: { de: 'Nur deutsch' },
    });
  });
});
