import { registerLanguage } from './language';
import { en } from './lang/en';

/** Loads the English language pack into the scorer. */
registerLanguage('en', en);
