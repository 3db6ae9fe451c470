import { registerLanguage } from './languages';
import { de as messages } from './messages-de';
import { de as rules } from './rules/de';

/** Loads the German rules and messages into the scorer. */
registerLanguage('de', { rules, messages });
