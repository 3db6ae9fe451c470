/**
 * Runs every "bench:*" script of package.json in turn and prints their figures.
 * Usage: npm run bench            (or npm run bench:<name> for one of them)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const names = Object.keys(pkg.scripts).filter((name) => name.startsWith('bench:'));
let failed = false;
for (const name of names) {
  console.log(`\n== ${name}`);
  const result = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed = true;
    console.log(`${name} exited with ${result.status}`);
  }
}
process.exit(failed ? 1 : 0);
