import { atom } from 'nanostores';
import type { LoadedKey } from '../lib/certification/key';

/**
 * The exam key the trainer loaded on the trainer page, in memory only (never in localStorage:
 * the key stays in the file the trainer keeps). The certification section sets it; the export
 * section reads it to include the certification questions.
 */
export const examKey = atom<LoadedKey | null>(null);
