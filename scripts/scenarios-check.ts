/**
 * Checks every scenario in scenarios/ (or the files given): schema, references, graph and
 * walkthroughs. Exit 1 on any problem. Usage: npm run scenarios:check [-- FILE …]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { guidelines } from '../src/lib/guidelines/index.ts';
import { scoreReply } from '../src/lib/scoring/index.ts';
import { formatProblem, loadScenario, type Problem } from '../src/lib/sim/check.ts';
import { checkWalkthrough } from '../src/lib/sim/walkthrough.ts';

const files = process.argv.slice(2).filter((a) => a !== '--');
const targets =
  files.length > 0
    ? files
    : readdirSync('scenarios')
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => join('scenarios', f));
const known = new Set(guidelines.map((g) => g.id));
const problems: Problem[] = [];
for (const file of targets) {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    problems.push({ file, path: '', message: 'cannot read the file' });
    continue;
  }
  const { scenario, problems: found } = loadScenario(file, source, known);
  problems.push(...found);
  if (!scenario) continue;
  scenario.walkthroughs.forEach((w, i) => {
    for (const lang of scenario.languages) {
      for (const message of checkWalkthrough(scenario, w, lang, scoreReply)) {
        problems.push({
          file,
          path: `walkthroughs[${i}]`,
          message: `"${w.name}" (${lang}): ${message}`,
        });
      }
    }
  });
}
if (problems.length > 0) {
  console.error(
    `${problems.length} problem(s) in scenarios:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`${targets.length} scenario file(s) OK.`);
