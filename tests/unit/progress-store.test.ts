import { describe, expect, it, beforeEach } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import {
  PROGRESS_KEY,
  decodeProgress,
  encodeProgress,
  isLessonRead,
  markLessonOpened,
  markLessonRead,
  progress,
  recordCheckAnswer,
  resetProgress,
} from '../../src/stores/progress';

/** The stored shape, as documented above the store. */
const storedProgress = z.strictObject({
  v: z.literal(1),
  lessons: z.record(
    z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    z.strictObject({ readAt: z.string().max(40) }),
  ),
  checks: z.record(
    z.string(),
    z.record(z.string().regex(/^\d+$/), z.number().int().min(0).max(20)),
  ),
  last: z.string().optional(),
  recovered: z.boolean().optional(),
});

useTestStorageEngine();

describe('progress store', () => {
  beforeEach(() => {
    cleanTestStorage();
    resetProgress();
  });

  it('records lessons read, the last lesson and check answers, and persists them', () => {
    markLessonOpened('complaints');
    markLessonRead('complaints', new Date('2026-11-23T09:00:00Z'));
    recordCheckAnswer('complaints', 0, 2);
    recordCheckAnswer('complaints', 1, 0);
    const stored: unknown = JSON.parse(getTestStorage()[PROGRESS_KEY] ?? '{}');
    expect(stored).toEqual({
      v: 1,
      last: 'complaints',
      lessons: { complaints: { readAt: '2026-11-23T09:00:00.000Z' } },
      checks: { complaints: { '0': 2, '1': 0 } },
    });
    expect(isLessonRead(progress.get(), 'complaints')).toBe(true);
    expect(isLessonRead(progress.get(), 'praise')).toBe(false);
  });

  it('reset empties everything', () => {
    markLessonRead('praise');
    resetProgress();
    expect(progress.get().lessons).toEqual({});
  });

  it('keeps every valid part of damaged data and says it recovered', () => {
    const decoded = decodeProgress(
      JSON.stringify({
        v: 1,
        lessons: {
          complaints: { readAt: '2026-11-01T10:00:00Z' },
          'BAD ID': { readAt: 'x' },
          praise: 7,
        },
        checks: { complaints: { '0': 1, '1': 'two', '2': -1 }, questions: 'oops' },
        last: 42,
      }),
    );
    expect(decoded.lessons).toEqual({ complaints: { readAt: '2026-11-01T10:00:00Z' } });
    expect(decoded.checks).toEqual({ complaints: { '0': 1 } });
    expect(decoded.last).toBeUndefined();
    expect(decoded.recovered).toBe(true);
  });

  it('drops dates no clock can show, prototype keys and other versions', () => {
    const ok = '2026-11-23T10:00:00.000Z';
    const stored = {
      v: 1,
      lessons: {
        complaints: { readAt: ok },
        praise: { readAt: '2200-01-01T00:00:00.000Z' },
        trolls: { readAt: new Date(0).toISOString() },
        channels: { readAt: '+275760-09-13T00:00:00.000Z' },
        constructor: { readAt: ok },
      },
      checks: JSON.parse('{"__proto__": {"0": 1}, "complaints": {"0": 1}}') as unknown,
    };
    const p = decodeProgress(JSON.stringify(stored));
    expect(p.lessons).toEqual({ complaints: { readAt: ok } });
    expect(Object.keys(p.checks)).toEqual(['complaints']);
    expect(Object.getPrototypeOf(p.checks)).toBe(Object.prototype);
    expect(p.recovered).toBe(true);
    expect(decodeProgress(JSON.stringify({ ...stored, v: 2 }))).toEqual({
      v: 1,
      lessons: {},
      checks: {},
      recovered: true,
    });
  });

  it('treats unreadable JSON as empty progress instead of failing', () => {
    expect(decodeProgress('{not json')).toMatchObject({
      v: 1,
      lessons: {},
      checks: {},
      recovered: true,
    });
    expect(decodeProgress('null')).toMatchObject({ lessons: {}, recovered: true });
    expect(decodeProgress('[1,2]')).toMatchObject({ lessons: {}, recovered: true });
    expect(decodeProgress(undefined)).toEqual({ v: 1, lessons: {}, checks: {} });
  });

  it('round-trips what it encodes', () => {
    const p = decodeProgress(
      JSON.stringify({
        v: 1,
        lessons: { a: { readAt: '2026-01-01T00:00:00.000Z' } },
        checks: { a: { '0': 1 } },
        last: 'a',
      }),
    );
    expect(p.recovered).toBeUndefined();
    expect(decodeProgress(encodeProgress(p))).toEqual(p);
  });

  it('always decodes to the documented shape, whatever is stored (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ v: 1, lessons: v, checks: v })),
        ),
        (raw) => {
          const decoded = decodeProgress(raw);
          expect(storedProgress.safeParse(decoded).success).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
