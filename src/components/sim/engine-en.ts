/**
 * The scorer with its English language pack: a separate chunk the simulator island loads after
 * first paint (`import('./engine-en')` in SimulatorEn.svelte), so the page's initial
 * JavaScript stays within its budget.
 */
import '../../lib/scoring/lang-en';

export { liveHints, scoreReply } from '../../lib/scoring/score';
