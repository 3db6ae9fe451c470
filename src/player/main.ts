/**
 * Entry of the LMS player (bundled by scripts/player-bundle.mjs into the SCORM and cmi5
 * packages). data.js sets `window.REPLYLAB` before this script runs; the site's tokens and
 * base styles come along so the package looks like the site.
 */
import '../styles/global.css';
import { mount } from 'svelte';
import type { PlayerData } from '../lib/export/scorm';
import { CourseRun } from './course-run.svelte';
import { connect } from './lms/connect';
import Player from './Player.svelte';
import { watchSimulator } from './sim-results';

const data = (window as unknown as { REPLYLAB: PlayerData }).REPLYLAB;
const lms = connect(data.mode, Date.now());
const run = new CourseRun(data.course, lms);

// cmi5 reads the stored progress from the LRS before the course opens (it gives up after a
// few seconds: a slow LRS means a fresh start, never a blank frame). An async function, not
// a top-level await: the player is one classic script.
async function open(): Promise<void> {
  await lms.ready;
  run.start();
  watchSimulator(run);
  mount(Player, { target: document.body, props: { run } });
  // What tests and an LMS's own scripts may read: readiness and the stored progress shape.
  Object.assign(window, {
    __replylab: { ready: true, state: () => JSON.parse(run.encoded) as unknown, run },
  });
}
void open();
