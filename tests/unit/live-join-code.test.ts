import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  formatCode,
  joinCode,
  normalizeCode,
  registrationOf,
} from '../../src/lib/live/join-code';
import { controlFields } from '../../src/lib/live/protocol';

describe('join code', () => {
  it('uses 30 characters without look-alikes', () => {
    expect(CODE_ALPHABET).toHaveLength(30);
    for (const c of '01ILOU') expect(CODE_ALPHABET).not.toContain(c);
    expect(new Set(CODE_ALPHABET).size).toBe(30);
  });

  it('maps bytes to characters, skipping bytes of 240 and more', () => {
    // 0 → '2', 29 → 'Z', 30 → '2', 239 % 30 = 29 → 'Z', 37 % 30 = 7 → '9', 68 % 30 = 8 → 'A';
    // 240 and 255 skipped, and nothing read after the sixth character
    expect(joinCode(Uint8Array.from([0, 29, 240, 30, 255, 239, 37, 68, 1]))).toBe('2Z2Z9A');
  });

  it('needs enough usable bytes', () => {
    expect(() => joinCode(Uint8Array.from([250, 251, 1, 2, 3]))).toThrow(RangeError);
    expect(joinCode(Uint8Array.from([10, 11, 12, 13, 14, 15, 16]))).toBe('CDEFGH');
  });

  it('makes six-character codes that the opened control accepts', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        fc.pre(bytes.filter((b) => b < 240).length >= 6);
        const code = joinCode(bytes);
        expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
        expect(controlFields.opened.safeParse({ code }).success).toBe(true);
        expect(normalizeCode(formatCode(code).toLowerCase())).toEqual({ ok: true, code });
      }),
    );
  });

  it('reads what people type and says what is wrong', () => {
    expect(normalizeCode(' abc-234 ')).toEqual({ ok: true, code: 'ABC234' });
    expect(normalizeCode('ab c2 34')).toEqual({ ok: true, code: 'ABC234' });
    expect(normalizeCode('')).toEqual({ ok: false, problem: 'empty' });
    expect(normalizeCode(' - ')).toEqual({ ok: false, problem: 'empty' });
    expect(normalizeCode('ABC23')).toEqual({ ok: false, problem: 'length' });
    expect(normalizeCode('ABC2345')).toEqual({ ok: false, problem: 'length' });
    expect(normalizeCode('ABC23O')).toEqual({ ok: false, problem: 'characters' });
    expect(normalizeCode('ABC231')).toEqual({ ok: false, problem: 'characters' });
    expect(formatCode('ABC234')).toBe('ABC-234');
  });

  it('derives the run’s registration from drill and code: SHA-256, version 8, RFC variant', async () => {
    // sha256("replylab-live|drill-abc-123|ABC234"), computed with `printf %s … | sha256sum`
    expect(await registrationOf('drill-abc-123', 'ABC234')).toBe(EXPECTED);
    const other = await registrationOf('drill-abc-123', 'ABC235');
    expect(other).not.toBe(EXPECTED);
    expect(other).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

/** 4336160e80c4733ed1b03e63a8fd92c4… with nibble 12 set to 8 and nibble 16 (d) to 8 | (d & 3) = 9. */
const EXPECTED = '4336160e-80c4-833e-91b0-3e63a8fd92c4';
