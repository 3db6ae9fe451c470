import type { Messages } from './messages';

/** English messages for findings that come from structure (see messages.ts). */
export const en: Messages = {
  'timing.exemplary': 'Replied after {n} – within the hour, exemplary.',
  'timing.in-time': 'Replied after {n} – in time.',
  'timing.late': 'Replied only after {n} – too late (norm: {limit}).',
  'tone.shouting': 'Capitals or piled-up exclamation marks ({q}) read as shouting.',
  'tone.hard-to-read': 'A very long sentence ({n} words) – write shorter and plainer.',
  'tone.long-winded': 'A long speech of thanks ({n} words) – a brief, warm thank-you is enough.',
  'tone.register-mix': 'Mixed forms of address ({q}) – keep to one.',
  'empathy.missing-apology': 'The company is at fault, but the reply does not apologise.',
  'empathy.missing': "The reply does not acknowledge the customer's experience or feelings.",
  'empathy.cold': 'Instead of understanding: {q}.',
  'personalization.name': 'Addresses the customer by name: {q}.',
  'personalization.missing-name': "The customer's name ({name}) is missing.",
  'personalization.specific-point': 'Picks up what the post said: {q}.',
  'personalization.generic': 'The reply picks up nothing specific from the post.',
  'personalization.sign-off': 'Signed with own name: {q}.',
  'personalization.missing-sign-off': 'Sign with your own name ({name}).',
  'resolution.status-update': 'Status update with a time: {q}.',
  'resolution.direct-answer': 'Answers the question directly: {q}.',
  'resolution.no-action': 'No concrete next step and no answer – the issue stays open.',
  'resolution.thanks': 'Says thank you without asking for anything.',
  'resolution.not-feeding': 'Does not get drawn into the provocation.',
  'resolution.feeding-troll': "Goes into the provocation ({q}) – don't feed the troll.",
  'resolution.no-reply': 'Nothing was done about this post.',
  'channel.public-data-request':
    'Asks for personal data in public ({q}) – use a DM, e-mail or phone for that.',
  'channel.public-data-revealed': 'Reveals personal data in public ({q}).',
  'channel.moved-private': 'The personal details go through a private channel.',
  'channel.needs-private': 'Solving this needs personal data – offer a DM, e-mail or phone.',
  'channel.detour-private':
    'A simple question belongs answered in the thread, not in a private channel.',
  'channel.answered-in-thread': 'The question is answered right in the thread.',
  'channel.ignored': 'No reply – in public, silence looks like indifference.',
  'channel.deleted-criticism':
    'Legitimate criticism was removed – only delete or hide what breaks the netiquette.',
  'channel.moderated-rule-breaker': 'The post breaks the netiquette and was rightly moderated.',
  'channel.public-fight': 'A public exchange of blows with a troll ({q}).',
  'channel.foreign-profile': "This is not your own profile – don't intervene there.",
  'channel.stayed-out': "Someone else's profile – right to stay out.",
  'channel.fitting': 'The channel fits the situation.',
};
