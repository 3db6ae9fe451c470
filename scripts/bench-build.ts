/**
 * Times a clean production build of the whole site (budget: 60 s on the 2-core machine).
 * Builds into a scratch folder so an existing dist/ is left alone.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const outDir = 'dist-bench';
rmSync(outDir, { recursive: true, force: true });
rmSync('node_modules/.astro', { recursive: true, force: true });
rmSync('.astro', { recursive: true, force: true });
const started = performance.now();
const result = spawnSync('npx', ['astro', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, ASTRO_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
});
const seconds = (performance.now() - started) / 1000;
rmSync(outDir, { recursive: true, force: true });
if (result.status !== 0) {
  console.error('build failed');
  process.exit(1);
}
const ok = seconds <= 60;
console.log(`${ok ? 'ok  ' : 'OVER'} clean build: ${seconds.toFixed(1)} s (budget 60 s)`);
process.exit(ok ? 0 : 1);
