/**
 * Times a reply in the browser: from the click on "Send" to the reply and the next beat on
 * screen (budget 50 ms), with the production build served by `astro preview`.
 * Builds into a scratch folder so an existing dist/ is left alone.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const outDir = 'dist-bench-reply';
const env = { ...process.env, ASTRO_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
rmSync(outDir, { recursive: true, force: true });
const build = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env });
if (build.status !== 0) {
  console.error('build failed');
  process.exit(1);
}
const run = spawnSync('npx', ['playwright', 'test', '--reporter=line', 'reply-latency'], {
  stdio: 'inherit',
  env: { ...env, E2E_DIR: './tests/bench', E2E_PORT: process.env.E2E_PORT ?? '4398' },
});
rmSync(outDir, { recursive: true, force: true });
process.exit(run.status ?? 1);
