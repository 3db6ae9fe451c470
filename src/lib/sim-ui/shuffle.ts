/**
 * A seeded shuffle for choice mode: the order of the prepared options depends on the attempt's
 * seed and the decision, never on which option is the model, and the same seed always gives the
 * same order (a reload shows the options where they were).
 */

/** A 32-bit FNV-1a hash of a string, to mix a decision's id into the seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small, well-distributed 32-bit generator; returns values in [0, 1). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `items` in an order fixed by `seed` and `salt` (Fisher–Yates); the input is not changed. */
export function seededOrder<T>(items: readonly T[], seed: number, salt: string): T[] {
  const out = [...items];
  const random = generator((seed ^ hash(salt)) >>> 0);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A fresh seed for an attempt. */
export function newSeed(): number {
  return Math.floor(Math.random() * 4294967296) >>> 0;
}
