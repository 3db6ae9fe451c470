/**
 * Writes the certification exam's key file: the whole quiz bank with its key, the bank's secret
 * and id (src/lib/certification/key.ts). It goes outside the published site (default
 * private/exam-key.json, git-ignored); the trainer keeps it and loads it on the trainer page to
 * score answers files. `npm run build` writes it too.
 * Usage: npm run --silent exam:key [-- --out PATH]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKeyFile } from '../src/lib/certification/key';
import { itemArea, quizBank } from '../src/lib/quiz';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const at = args.indexOf('--out');
if (args.length > 0 && (at === -1 || !args[at + 1] || args.length !== 2)) {
  process.stderr.write('usage: npm run --silent exam:key [-- --out PATH]\n');
  process.exit(2);
}
const out = at === -1 ? join(root, 'private', 'exam-key.json') : resolve(args[at + 1]!);
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};
const key = buildKeyFile(
  quizBank.map((item) => ({ item, area: itemArea(item) })),
  version,
);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(key, null, 2)}\n`);
process.stdout.write(
  `Exam key for ${key.bank} (${key.items.filter((i) => (i.item as { use?: string }).use === 'certification').length} certification items) written to ${out}. Keep it off the published site.\n`,
);
