/**
 * Parse + check + compile of the whole scenario library (budget: 200 ms in Node), measured
 * after one warm-up run, median of 10.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { guidelines } from '../src/lib/guidelines/index.ts';
import { loadScenario } from '../src/lib/sim/check.ts';
import { compileScenario } from '../src/lib/sim/compile.ts';

const files = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join('scenarios', f));
const sources = files.map((f) => [f, readFileSync(f, 'utf8')] as const);
const known = new Set(guidelines.map((g) => g.id));

function run(): number {
  const started = performance.now();
  for (const [file, source] of sources) {
    const { scenario } = loadScenario(file, source, known);
    if (!scenario) throw new Error(`${file} does not pass the checks`);
    compileScenario(scenario);
  }
  return performance.now() - started;
}

run();
const times = Array.from({ length: 10 }, run).sort((a, b) => a - b);
const median = times[5] ?? 0;
const ok = median <= 200;
console.log(
  `${ok ? 'ok  ' : 'OVER'} parse + check + compile of ${files.length} scenarios: ${median.toFixed(1)} ms median (budget 200 ms)`,
);
process.exit(ok ? 0 : 1);
