// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// ASTRO_OUT_DIR lets two builds (e.g. two developers' test runs) live side by side.
const outDir = process.env.ASTRO_OUT_DIR ?? './dist';

export default defineConfig({
  // The site is served from wherever it is deployed; the sitemap needs an absolute origin.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  outDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
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
});
