// Lets the command-line tools (run by tsx) import data files with Vite's `?raw` suffix, so
// src/lib reads content/ the same way in the browser build, in Vitest and on the command line.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
import { readFile } from 'node:fs/promises';
export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('?raw')) return next(url, context);
  const text = await readFile(new URL(url.slice(0, -4)), 'utf8');
  return { format: 'module', source: 'export default ' + JSON.stringify(text) + ';', shortCircuit: true };
}`),
);
