/**
 * The scorer with its German language pack: a separate chunk the simulator island loads after
 * first paint (`import('./engine-de')` in SimulatorDe.svelte), so the page's initial
 * JavaScript stays within its budget.
 */
import '../../lib/scoring/lang-de';

export { liveHints, scoreReply } from '../../lib/scoring/score';
