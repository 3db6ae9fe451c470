// The LMS player (src/player/main.ts) as one script and one stylesheet, bundled by Vite with the
// Svelte plugin, the same compiler and components the site uses. Export code receives the
// result as data through the virtual module `virtual:replylab-player` (`{ js, css }`):
//  - in Astro and Vitest through `playerBundlePlugin()` (astro.config.mjs),
//  - on the command line through scripts/raw-import.mjs, which runs this file as a program
//    (its hooks are synchronous, a Vite build is not).
// Bundles are cached under node_modules/.cache by a hash of every input file, so a second
// export (or test) of the same sources costs a file read, not a build.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PLAYER_MODULE = 'virtual:replylab-player';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src/player/main.ts');
/** What the bundle is made of: the player imports from all of src/ and from content/. */
const INPUTS = ['src', 'content', 'scenarios', 'package-lock.json', 'scripts/player-bundle.mjs'];

function listFiles(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return [];
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => listFiles(join(path, name)));
}

function inputHash() {
  const hash = createHash('sha256');
  for (const input of INPUTS)
    for (const file of listFiles(join(ROOT, input))) {
      hash.update(relative(ROOT, file));
      hash.update(readFileSync(file));
    }
  return hash.digest('hex').slice(0, 24);
}

async function bundle() {
  const { build } = await import('vite');
  const { svelte } = await import('@sveltejs/vite-plugin-svelte');
  const result = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    // The player runs inside an LMS frame: no dev-only code, no version stamp.
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [svelte({ configFile: false, compilerOptions: { discloseVersion: false } })],
    resolve: { conditions: ['browser'] },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      cssCodeSplit: false,
      // One classic script (lib mode with iife inlines dynamic imports): packages are opened
      // from file-like LMS paths where module scripts and extra chunks are the first to break.
      lib: { entry: ENTRY, formats: ['iife'], name: 'ReplyLabPlayer', fileName: () => 'player' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const js = outputs.find((o) => o.type === 'chunk');
  const css = outputs.filter((o) => o.type === 'asset' && o.fileName.endsWith('.css'));
  if (!js) throw new Error('player bundle: Vite produced no script');
  return {
    js: js.code,
    css: css
      .map((c) =>
        typeof c.source === 'string' ? c.source : Buffer.from(c.source).toString('utf8'),
      )
      .join('\n'),
  };
}

let pending;
/** The player bundle `{ js, css }`, built once per set of sources. */
export function buildPlayer() {
  pending ??= (async () => {
    const dir = join(ROOT, 'node_modules/.cache/replylab-player');
    const file = join(dir, `${inputHash()}.json`);
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      const made = await bundle();
      mkdirSync(dir, { recursive: true });
      // Written under a private name and renamed, so a parallel reader never sees half a file.
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(made));
      renameSync(temp, file);
      return made;
    }
  })();
  return pending;
}

/** Serves `virtual:replylab-player` to Astro and Vitest. */
export function playerBundlePlugin() {
  const resolved = `\0${PLAYER_MODULE}`;
  return {
    name: 'replylab:player-bundle',
    resolveId(id) {
      return id === PLAYER_MODULE ? resolved : undefined;
    },
    async load(id) {
      if (id !== resolved) return undefined;
      return `export default ${JSON.stringify(await buildPlayer())};`;
    },
  };
}

// As a program: print the bundle as JSON (for scripts/raw-import.mjs).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const made = await buildPlayer();
  process.stdout.write(JSON.stringify(made));
}
