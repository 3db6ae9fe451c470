// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { minify } from 'terser';
import { playerBundlePlugin } from './scripts/player-bundle.mjs';

// ASTRO_OUT_DIR lets two builds (e.g. two developers' test runs) live side by side.
const outDir = process.env.ASTRO_OUT_DIR ?? './dist';

/**
 * A second minification pass over the browser chunks, after rolldown's own (oxc) minifier.
 * oxc does the bundle-level work (constant folding across modules); terser then inlines
 * single-use functions and merges statements, which oxc leaves. Measured: simulator page
 * 60.0 → 59.4 KB gzip (budget 60), exam 52.1 → 51.5, trainer 75.8 → 75.0; terser alone,
 * without oxc, saved a third of that. Terser's default compress options are the safe ones;
 * build time +3 s.
 * @returns {import('vite').Plugin}
 */
function terserPass() {
  return {
    name: 'replylab:terser-pass',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        if (this.environment?.name !== 'client') return;
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          const result = await minify(chunk.code, { module: true, compress: { passes: 2 } });
          if (result.code !== undefined) chunk.code = result.code;
        }
      },
    },
  };
}

export default defineConfig({
  // The site is served from wherever it is deployed; the sitemap needs an absolute origin.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir,
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets inline: every page's CSS is a few KB, and four render-blocking requests cost a
  // phone on a slow network more than the bytes (Lighthouse mobile, issue 10). The CSP hashes them.
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['de', 'en'],
    defaultLocale: 'de',
    // `/` is our own page that picks the language; every other route carries its locale.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // Svelte's version stamp (window.__svelte.v) is a separate chunk every island page loads;
    // nothing here reads it, and the simulator page has a 60 KB budget.
    svelte({ compilerOptions: { discloseVersion: false } }),
    mdx(),
    sitemap(),
  ],
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page. Astro adds script-src and style-src with
  // 'self' and the hash of every inline script and style it emits (the island loader, hoisted
  // scripts, scoped styles); inline event handlers and style attributes have no hash, so they are
  // refused. Everything the site loads comes from its own origin. connect-src is not listed here
  // (default-src 'self' covers it) because the drill pages add their own: src/lib/drill/csp.ts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "worker-src 'self'",
        "frame-src 'none'",
      ],
    },
  },
  // playerBundlePlugin: `virtual:replylab-player`, the LMS player the SCORM/cmi5 exports carry.
  vite: { plugins: [terserPass(), playerBundlePlugin()] },
});
