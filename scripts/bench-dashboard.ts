/**
 * Times the results dashboard importing 500 results files (budget < 2 s) in Chromium against
 * the production build served by `astro preview`. Builds into a scratch folder so an existing
 * dist/ is left alone (or reuses ASTRO_OUT_DIR when BENCH_REUSE_BUILD=1).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const reuse = process.env.BENCH_REUSE_BUILD === '1' && process.env.ASTRO_OUT_DIR;
const outDir = reuse ? process.env.ASTRO_OUT_DIR! : 'dist-bench-dashboard';
const env = { ...process.env, ASTRO_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
if (!reuse) {
  rmSync(outDir, { recursive: true, force: true });
  const build = spawnSync('npx', ['astro', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  if (build.status !== 0) {
    console.error('build failed');
    process.exit(1);
  }
}
const run = spawnSync('npx', ['playwright', 'test', '--reporter=line', 'dashboard-import'], {
  stdio: 'inherit',
  env: { ...env, E2E_DIR: './tests/bench', E2E_PORT: process.env.E2E_PORT ?? '4399' },
});
if (!reuse) rmSync(outDir, { recursive: true, force: true });
process.exit(run.status ?? 1);
