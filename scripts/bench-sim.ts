/**
 * Parse + check + compile of the whole scenario library (budget: 200 ms in Node), measured
 * after one warm-up run, median of 10. Also prints the CPU time and the load average: on a
 * shared 2-core machine the wall time of a busy minute says more about the neighbours.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { guidelines } from '../src/lib/guidelines/index.ts';
import { loadScenario } from '../src/lib/sim/check.ts';
import { compileScenario } from '../src/lib/sim/compile.ts';

const files = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join('scenarios', f));
const sources = files.map((f) => [f, readFileSync(f, 'utf8')] as const);
const known = new Set(guidelines.map((g) => g.id));

const cpu: number[] = [];
function run(): number {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const [file, source] of sources) {
    const { scenario } = loadScenario(file, source, known);
    if (!scenario) throw new Error(`${file} does not pass the checks`);
    compileScenario(scenario);
  }
  const used = process.cpuUsage(cpuStarted);
  cpu.push((used.user + used.system) / 1000);
  return performance.now() - started;
}

run();
cpu.length = 0;
const times = Array.from({ length: 10 }, run).sort((a, b) => a - b);
const median = times[5] ?? 0;
const cpuMedian = cpu.sort((a, b) => a - b)[5] ?? 0;
const ok = median <= 200;
console.log(
  `${ok ? 'ok  ' : 'OVER'} parse + check + compile of ${files.length} scenarios: ${median.toFixed(1)} ms median (budget 200 ms); CPU ${cpuMedian.toFixed(1)} ms; load average ${loadavg()[0]?.toFixed(1) ?? '?'}`,
);
process.exit(ok ? 0 : 1);
