/**
 * The play as one chunk, loaded by Simulator.svelte once the page has hydrated: the session
 * (engine driver, clock, saving) and the components that show it.
 */
export { PlaySession } from './session.svelte';
export { default as PlayNotes } from './PlayNotes.svelte';
export { default as PlayMain } from './PlayMain.svelte';
