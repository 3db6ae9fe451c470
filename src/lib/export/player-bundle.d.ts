/**
 * The LMS player (src/player) bundled by Vite: served by scripts/player-bundle.mjs to Astro,
 * Vitest and the command line. Import it only where the bundle's size is affordable.
 */
declare module 'virtual:replylab-player' {
  const bundle: import('./scorm').PlayerBundle;
  export default bundle;
}
