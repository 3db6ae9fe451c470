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
const run = new CourseRun(data.course, connect(data.mode, Date.now()));
run.start();
watchSimulator(run);
mount(Player, { target: document.body, props: { run } });
// What tests and an LMS's own scripts may read: readiness and the stored progress shape.
Object.assign(window, {
  __replylab: { ready: true, state: () => JSON.parse(run.encoded) as unknown, run },
});
