// No imports on purpose: the exam island bundles this file, so it must not pull in the catalogue.

/** Small deterministic PRNG (mulberry32) so a seed always draws the same exam. */
export function seededRandom(seed: string | number): () => number {
  let h = 2166136261;
  for (const ch of String(seed)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export interface DrawOptions {
  /** Number of items; 20 for the certification exam. */
  size?: number;
  seed: string | number;
  /** Item ids of the previous attempt, avoided while the bank has enough others. */
  previous?: readonly string[];
}

/**
 * Draws an exam: areas take turns (in a seeded order) so every area gets ⌊size/areas⌋ or one more
 * item; within an area, items of the previous attempt come last, so they are reused only when
 * that area has no fresh item left. An area that runs dry lets the others fill up. Same bank +
 * seed + previous → same exam; the final order is shuffled so areas do not come in blocks.
 */
export function drawExam<T extends { id: string }, A extends string>(
  bank: readonly T[],
  areaOf: (item: T) => A,
  { size = 20, seed, previous = [] }: DrawOptions,
): T[] {
  const random = seededRandom(seed);
  const before = new Set(previous);
  const pools = new Map<A, T[]>();
  const areas = [...new Set(bank.map(areaOf))].sort();
  for (const area of areas) {
    const inArea = bank.filter((item) => areaOf(item) === area);
    const fresh = shuffle(
      inArea.filter((i) => !before.has(i.id)),
      random,
    );
    const reused = shuffle(
      inArea.filter((i) => before.has(i.id)),
      random,
    );
    pools.set(area, [...fresh, ...reused]);
  }
  // First take fresh items round-robin; only then fall back to previous ones, so repeats are
  // used only when the whole bank lacks fresh items, not just to keep areas perfectly even.
  const order = shuffle(areas, random);
  const drawn: T[] = [];
  const limit = Math.min(size, bank.length);
  for (const allowReuse of [false, true]) {
    let progress = true;
    while (drawn.length < limit && progress) {
      progress = false;
      for (const area of order) {
        if (drawn.length >= limit) break;
        const pool = pools.get(area)!;
        const next = pool[0];
        if (!next || (!allowReuse && before.has(next.id))) continue;
        pool.shift();
        drawn.push(next);
        progress = true;
      }
    }
  }
  return shuffle(drawn, random);
}
