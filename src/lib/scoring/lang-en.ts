import { registerLanguage } from './languages';
import { en as messages } from './messages-en';
import { en as rules } from './rules/en';

/** Loads the English rules and messages into the scorer. */
registerLanguage('en', { rules, messages });
