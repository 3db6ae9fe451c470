/**
 * Checks every scenario in scenarios/ (or the files given): schema, references, graph and
 * walkthroughs. Exit 1 on any problem. Usage: npm run scenarios:check [-- FILE …]
 */
// The scorer with both languages: the walkthroughs play in every language a file declares.
import '../src/lib/scoring/index.ts';
import { formatProblem, type Problem } from '../src/lib/sim/check.ts';
import { knownGuidelines, loadScenarioFile, scenarioPaths } from '../src/lib/sim/load-node.ts';
import { checkWalkthrough } from '../src/lib/sim/walkthrough.ts';

const files = process.argv.slice(2).filter((a) => a !== '--');
const targets = files.length > 0 ? files : scenarioPaths();
const known = knownGuidelines();
const problems: Problem[] = [];
const ids = new Map<string, string>();
for (const file of targets) {
  const { scenario, problems: found } = loadScenarioFile(file, known);
  problems.push(...found);
  if (!scenario) continue;
  // scenarios/x.yaml and scenarios/x.yml would both be the scenario "x".
  const other = ids.get(scenario.id);
  if (other && !file.includes('/fixtures/'))
    problems.push({
      file,
      path: 'id',
      message: `the id "${scenario.id}" is also used by ${other}`,
    });
  ids.set(scenario.id, file);
  scenario.walkthroughs.forEach((w, i) => {
    for (const lang of scenario.languages) {
      for (const message of checkWalkthrough(scenario, w, lang)) {
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
