/**
 * Size budgets of the built site: the JavaScript each kind of page loads (gzip), read from the
 * HTML in the build output, so it counts exactly what a browser fetches.
 * Usage: npm run build && npm run size   (ASTRO_OUT_DIR picks another build folder)
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
if (!existsSync(outDir)) {
  console.error(`No build in ${outDir}/: run "npm run build" first.`);
  process.exit(1);
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** All JS a page loads: module scripts, their static imports, island components and renderers. */
function pageScripts(htmlPath: string): { inline: number; files: Set<string> } {
  const html = readFileSync(htmlPath, 'utf8');
  const files = new Set<string>();
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(m[1] ?? '')?.[1];
    if (src) files.add(src);
    else if (!/type="application\/(ld\+)?json"/.test(m[1] ?? '')) inline += gz(m[2] ?? '');
  }
  for (const m of html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) {
    if (m[1]) files.add(m[1]);
  }
  for (const m of html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g))
    if (m[1]) files.add(m[1]);
  // Follow static imports inside the bundles (dynamic imports load on demand and are not counted).
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop()!;
    const path = join(outDir, file);
    if (!existsSync(path)) continue;
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g,
    )) {
      const dep = new URL(m[1] ?? '', `http://x${file}`).pathname;
      if (!files.has(dep)) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  return { inline, files };
}

function pageJsGzip(htmlPath: string): number {
  const { inline, files } = pageScripts(htmlPath);
  let total = inline;
  for (const file of files) {
    const path = join(outDir, file);
    if (existsSync(path)) total += gz(readFileSync(path));
  }
  return total;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

interface Budget {
  label: string;
  match: RegExp;
  limitKb: number;
}
const budgets: Budget[] = [
  { label: 'lesson pages', match: /\/(de|en)\/lessons\/[^/]+\/index\.html$/, limitKb: 5 },
  { label: 'course home', match: /\/(de|en)\/index\.html$/, limitKb: 10 },
  { label: 'simulator pages', match: /\/(de|en)\/scenarios\/[^/]+\/index\.html$/, limitKb: 60 },
  { label: 'scenario library', match: /\/(de|en)\/scenarios\/index\.html$/, limitKb: 35 },
  {
    label: 'exam, certificate, verify',
    match: /\/(de|en)\/(exam|certificate|verify)\/index\.html$/,
    limitKb: 60,
  },
  { label: 'trainer page', match: /\/(de|en)\/trainer\/index\.html$/, limitKb: 120 },
  { label: 'drill builder', match: /\/(de|en)\/trainer\/drills\/index\.html$/, limitKb: 80 },
  { label: 'results dashboard', match: /\/(de|en)\/trainer\/results\/index\.html$/, limitKb: 80 },
  // The live console and its projector view (docs/live-drills.md).
  { label: 'live console', match: /\/(de|en)\/trainer\/live\/index\.html$/, limitKb: 80 },
  {
    label: 'live projector',
    match: /\/(de|en)\/trainer\/live\/projector\/index\.html$/,
    limitKb: 80,
  },
  // The drill runner: the link check, the briefing and the run's state; the play (session,
  // engine, simulator components), the scorer and the result screens load when needed.
  { label: 'drill runner', match: /\/(de|en)\/drill\/index\.html$/, limitKb: 70 },
];

let failed = false;
const pages = htmlFiles(outDir);
for (const budget of budgets) {
  const matching = pages.filter((p) => budget.match.test(p));
  if (matching.length === 0) {
    console.log(`${budget.label}: no pages built`);
    continue;
  }
  const sizes = matching.map((p) => ({ p, kb: pageJsGzip(p) / 1024 }));
  const worst = sizes.reduce((a, b) => (b.kb > a.kb ? b : a));
  const ok = worst.kb <= budget.limitKb;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${budget.label}: largest ${worst.kb.toFixed(1)} KB gzip JS (${worst.p.slice(outDir.length)}), budget ${budget.limitKb} KB, ${matching.length} pages`,
  );
}
const totalAssets = readdirSync(join(outDir, '_astro')).reduce(
  (sum, f) => sum + statSync(join(outDir, '_astro', f)).size,
  0,
);
console.log(`all assets in _astro/: ${(totalAssets / 1024).toFixed(0)} KB raw`);
process.exit(failed ? 1 : 0);
