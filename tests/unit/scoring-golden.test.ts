/**
 * The golden file (tests/fixtures/scoring/golden.jsonl): every development reply and every
 * scenario option of the time it was written, scored with and without a trainee name. The
 * scorer must reproduce each stored line byte for byte; an intended change of behaviour is
 * recorded with `npm run scoring:golden -- --write` and reviewed in the file's diff.
 */
import { describe, expect, it } from 'vitest';
import { goldenLines, readGolden } from '../../scripts/scoring-golden';

describe('scorer golden file', () => {
  const stored = readGolden();

  it('holds the development set and the scenario options', () => {
    expect(stored.length).toBeGreaterThanOrEqual(500);
  });

  it('reproduces every stored line byte for byte', () => {
    const now = goldenLines(stored.map((g) => g.input));
    const changed = stored
      .map((g, i) => (g.line === now[i] ? null : g.input.id))
      .filter((id) => id !== null);
    expect(changed, `changed: ${changed.slice(0, 20).join(', ')}`).toEqual([]);
  });
});
