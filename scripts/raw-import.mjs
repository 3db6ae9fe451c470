// Lets the command-line tools (run by tsx) import data files with Vite's `?raw` suffix, so
// src/lib reads content/ the same way in the browser build, in Vitest and on the command line;
// and gives them `virtual:replylab-player`, the bundled LMS player (scripts/player-bundle.mjs,
// built in a child process because these hooks must answer synchronously).
import { execFileSync } from 'node:child_process';
import { registerHooks } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PLAYER_MODULE = 'virtual:replylab-player';
const PLAYER_URL = 'replylab:player';
const BUNDLER = fileURLToPath(new URL('./player-bundle.mjs', import.meta.url));

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === PLAYER_MODULE) return { url: PLAYER_URL, shortCircuit: true };
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url === PLAYER_URL) {
      const json = execFileSync(process.execPath, [BUNDLER], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      return { format: 'module', source: `export default ${json};`, shortCircuit: true };
    }
    if (!url.startsWith('file:') || !url.endsWith('?raw')) return nextLoad(url, context);
    const text = readFileSync(new URL(url.slice(0, -'?raw'.length)), 'utf8');
    return {
      format: 'module',
      source: `export default ${JSON.stringify(text)};`,
      shortCircuit: true,
    };
  },
});
