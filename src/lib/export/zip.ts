/** Zip files with fflate (pure JavaScript: works in Node and in the browser alike). */
import { zipSync, unzipSync } from 'fflate';

export type ZipFiles = Record<string, Uint8Array>;

/** Deterministic zip: a fixed date, so the same input gives the same bytes. */
export function zip(files: ZipFiles): Uint8Array {
  const mtime = new Date('2026-01-01T00:00:00Z');
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const [name, data] of Object.entries(files)) entries[name] = [data, { mtime, level: 6 }];
  return zipSync(entries);
}

export function unzip(data: Uint8Array): ZipFiles {
  return unzipSync(data);
}
