/**
 * The browser's learned layer (model.ts) multiplies every feature by its weight; the features
 * a dimension must not lean on (NOT_EVIDENCE, model-design.ts) are kept out by having weight 0
 * in the shipped file, in the shared block and in every kind's block.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/lib/scoring/features';
import { LEARNED } from '../../src/lib/scoring/model';
import { NOT_EVIDENCE } from '../../src/lib/scoring/model-design';
import weights from '../../src/lib/scoring/model-weights.json';
import { KINDS } from '../../src/lib/vocabulary';

describe('model weights', () => {
  it('give no weight to evidence a dimension must not lean on', () => {
    const row = FEATURES.length + 2;
    const file = weights as unknown as { weights: Record<string, number[]> };
    for (const c of LEARNED) {
      expect(file.weights[c]).toHaveLength(row * (KINDS.length + 1));
      for (const name of NOT_EVIDENCE[c]) {
        const j = FEATURES.indexOf(name);
        expect(j, `${c}: unknown feature ${name}`).toBeGreaterThanOrEqual(0);
        for (let block = 0; block <= KINDS.length; block++)
          expect(file.weights[c]![block * row + j], `${c} ${name} block ${block}`).toBe(0);
      }
    }
  });
});
