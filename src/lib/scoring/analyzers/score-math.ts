/** Scores are whole numbers from 0 to 100. */
export const clamp = (n: number): number => Math.max(0, Math.min(100, Math.round(n)));
