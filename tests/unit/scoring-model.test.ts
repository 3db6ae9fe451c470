/**
 * The browser's learned layer (model.ts) multiplies every feature by its weight; the features
 * a dimension must not lean on (NOT_EVIDENCE, model-design.ts) are kept out by having weight 0
 * in the shipped file, in the shared block and in every kind's block.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/lib/scoring/features';
import { decodeWeights, LEARNED, type WeightsFile } from '../../src/lib/scoring/model';
import { NOT_EVIDENCE } from '../../src/lib/scoring/model-design';
import weights from '../../src/lib/scoring/model-weights.json';
import { KINDS } from '../../src/lib/vocabulary';

describe('model weights', () => {
  it('give no weight to evidence a dimension must not lean on', () => {
    const row = FEATURES.length + 2;
    const file = { weights: decodeWeights(weights) };
    for (const c of LEARNED) {
      expect(file.weights[c]).toHaveLength(row * (KINDS.length + 1));
      for (const name of NOT_EVIDENCE[c]) {
        const j = FEATURES.indexOf(name);
        expect(j, `${c}: unknown feature ${name}`).toBeGreaterThanOrEqual(0);
        for (let block = 0; block <= KINDS.length; block++)
          expect(file.weights[c][block * row + j], `${c} ${name} block ${block}`).toBe(0);
      }
    }
  });

  it('decode a 0 written as an empty field, and every other field as hundredths in base 36', () => {
    const line = 'c,,-3,10';
    const file: WeightsFile = {
      features: 1,
      scale: 100,
      weights: {
        tone: line,
        empathy: line,
        personalization: line,
        resolution: line,
        channel: line,
      },
    };
    expect(decodeWeights(file).resolution).toEqual([0.12, 0, -0.03, 0.36]);
  });
});
