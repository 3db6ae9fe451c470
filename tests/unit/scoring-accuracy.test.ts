/**
 * Accuracy guards for the scorer on the labelled corpus (tests/fixtures/scoring/README.md):
 * a label "good" means the score must be ≥ 60, "bad" below 60, null that the dimension does
 * not apply. The tuning writers are what the scorer was built on (a regression guard); the
 * validation writers were never read item by item, so their floor guards generalisation.
 * The figures to report come from `npm run eval:scoring`; these floors only catch a slide.
 * The sealed writers are not read here.
 */
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/lib/scoring';
import {
  balanced,
  loadWriter,
  pairs,
  scoreAll,
  tally,
  WRITERS,
  type Scored,
} from '../../scripts/eval-scoring';

// The validation floor sits below the tuning floor on purpose: its writers (civic offices,
// crafts, consumer tech) were commissioned after the scorer was built and are the harder
// test; 0.82 is a few points under what they measure (README: 0.84–0.92), so a slide shows.
const FLOORS = {
  tuning: { dimension: 0.88, pairs: 0.88, replies: 2000 },
  validation: { dimension: 0.82, pairs: 0.88, replies: 300 },
} as const;

describe.each(['tuning', 'validation'] as const)('%s writers', (role) => {
  const writers = WRITERS.filter((w) => w.role === role);
  const scored: Scored[] = writers.flatMap((w) => scoreAll(loadWriter(w), w.id));

  it('have both classes of label on every dimension in both languages', () => {
    expect(scored.length).toBeGreaterThanOrEqual(FLOORS[role].replies);
    for (const lang of ['de', 'en'] as const) {
      const t = tally(scored, lang);
      for (const c of CRITERIA) {
        expect(t[c].good, `${lang} ${c} good`).toBeGreaterThan(0);
        expect(t[c].bad, `${lang} ${c} bad`).toBeGreaterThan(0);
      }
    }
  });

  it.each(['de', 'en'] as const)(
    `reach a balanced accuracy of ${FLOORS[role].dimension} on every dimension (%s)`,
    (lang) => {
      const t = tally(scored, lang);
      for (const c of CRITERIA)
        expect(balanced(t[c]), `${lang} ${c}`).toBeGreaterThanOrEqual(FLOORS[role].dimension);
    },
  );

  it(`order pairs of replies to one post as their writer ranked them (${FLOORS[role].pairs})`, () => {
    const p = pairs(scored);
    expect(p.total).toBeGreaterThan(100);
    expect(p.right / p.total).toBeGreaterThanOrEqual(FLOORS[role].pairs);
  });
});
