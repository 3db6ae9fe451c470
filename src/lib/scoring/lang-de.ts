import { registerLanguage } from './language';
import { de } from './lang/de';

/** Loads the German language pack into the scorer. */
registerLanguage('de', de);
