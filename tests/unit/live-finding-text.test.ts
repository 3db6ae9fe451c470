import { describe, expect, it } from 'vitest';
import { findingText } from '../../src/lib/live/finding-text';
import { messages as de } from '../../src/lib/scoring/lang/de-messages';
import { messages as en } from '../../src/lib/scoring/lang/en-messages';

describe('finding messages without quotes', () => {
  it('takes the quote out where the template has one', () => {
    expect(findingText('Apology: {q}.')).toBe('Apology.');
    expect(findingText('A detour ({q}) – answer a simple question right in the thread.')).toBe(
      'A detour – answer a simple question right in the thread.',
    );
    expect(findingText('Reveals personal data in public ({q}).')).toBe(
      'Reveals personal data in public.',
    );
    expect(findingText('Longer than {n} words.')).toBe('Longer than … words.');
  });

  it('leaves no placeholder in any message of either language', () => {
    for (const [code, template] of [...Object.entries(de), ...Object.entries(en)]) {
      const text = findingText(template);
      expect(text, code).not.toMatch(/[{}]/);
      expect(text.length, code).toBeGreaterThan(5);
    }
  });
});
