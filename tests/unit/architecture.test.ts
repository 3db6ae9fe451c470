/**
 * The architecture as a test: data flows one way (content/ and scenarios/ → src/lib →
 * src/stores → src/components → src/pages), src/lib stays pure (no DOM, no astro:*, no
 * Svelte), machines and stores never meet outside components, the shared vocabulary is a leaf,
 * no two folders of src/lib import each other in a cycle, and the LMS player (src/player) is
 * reached only through its bundle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const SOURCE = /\.(?:ts|svelte|astro|mjs)$/;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (SOURCE.test(name)) out.push(path);
  }
  return out;
}

/** Import specifiers of a file: static imports, re-exports and dynamic imports. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[1]!);
  return out;
}

/** Where a relative import lands, relative to the project root (or the bare specifier). */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return relative(ROOT, normalize(join(dirname(file), spec.replace(/\?.*$/, ''))));
}

/** A file's code without comments and string contents (a generated player script is text). */
function code(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '')
    .replace(/`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
}

// src/player (the LMS player) stands beside the pages: it may use lib, stores and components.
const LAYERS = [
  'src/lib',
  'src/stores',
  'src/components',
  'src/player',
  'src/layouts',
  'src/pages',
] as const;
const layerOf = (path: string) => LAYERS.findIndex((l) => path === l || path.startsWith(`${l}/`));

const all = files(join(ROOT, 'src')).map((f) => ({
  file: relative(ROOT, f),
  targets: imports(f).map((s) => target(f, s)),
}));

describe('architecture', () => {
  it('finds the source files', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it('imports only downstream: data → lib → stores → components → layouts → pages', () => {
    const wrong: string[] = [];
    for (const { file, targets } of all) {
      const from = layerOf(file);
      for (const t of targets) {
        const to = layerOf(t);
        if (from >= 0 && to > from) wrong.push(`${file} → ${t}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reaches the LMS player only as its bundle (virtual:replylab-player), never by path', () => {
    const wrong = all.flatMap(({ file, targets }) =>
      file.startsWith('src/player/')
        ? []
        : targets.filter((t) => t.startsWith('src/player')).map((t) => `${file} → ${t}`),
    );
    expect(wrong).toEqual([]);
    expect(all.some(({ file }) => file === 'src/player/main.ts')).toBe(true);
  });

  it('keeps src/lib pure: no astro:*, no Svelte components, no DOM globals', () => {
    const wrong: string[] = [];
    for (const { file, targets } of all) {
      if (!file.startsWith('src/lib/')) continue;
      for (const t of targets)
        if (
          t.startsWith('astro:') ||
          t.endsWith('.svelte') ||
          t === 'svelte' ||
          t.startsWith('svelte/')
        )
          wrong.push(`${file} → ${t}`);
      if (/\b(?:window|document|localStorage|sessionStorage)\./.test(code(file)))
        wrong.push(`${file} uses the DOM`);
    }
    expect(wrong).toEqual([]);
  });

  it('lets machines and stores meet only in components', () => {
    const wrong = all
      .filter(({ file }) => file.startsWith('src/stores/'))
      .flatMap(({ file, targets }) =>
        targets
          .filter((t) => t === 'xstate' || t.startsWith('src/lib/sim/'))
          .map((t) => `${file} → ${t}`),
      );
    expect(wrong).toEqual([]);
  });

  it('keeps the vocabulary a leaf', () => {
    const vocabulary = all.find(({ file }) => file === 'src/lib/vocabulary.ts');
    expect(vocabulary?.targets).toEqual([]);
  });

  it('has no cycle between the folders of src/lib', () => {
    const folderOf = (path: string) => {
      const m = /^src\/lib\/([^/.]+)\//.exec(path);
      return m ? m[1]! : undefined;
    };
    const edges = new Map<string, Set<string>>();
    for (const { file, targets } of all) {
      const from = folderOf(file);
      if (!from) continue;
      for (const t of targets) {
        const to = folderOf(t);
        if (!to || to === from) continue;
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)!.add(to);
      }
    }
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const next of edges.get(node) ?? []) {
        if (path.includes(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else visit(next, [...path, next]);
      }
    };
    for (const node of edges.keys()) visit(node, [node]);
    expect([...new Set(cycles)]).toEqual([]);
  });
});
