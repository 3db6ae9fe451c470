import type { Messages } from '../language';

export const messages: Messages = {
  'channel.answered-in-thread': 'The reply stays in the thread where the question was asked.',
  'channel.deleted-criticism':
    'Legitimate criticism was removed – only delete or hide what breaks the netiquette.',
  'channel.detour': 'A detour ({q}) – answer a simple question right in the thread.',
  'channel.detour-private':
    'A simple question belongs answered in the thread, not in a private channel.',
  'channel.fitting': 'The channel fits the situation.',
  'channel.foreign-profile': "This is not your own profile – don't intervene there.",
  'channel.ignored': 'No reply – in public, silence looks like indifference.',
  'channel.moderated-rule-breaker': 'The post breaks the netiquette and was rightly moderated.',
  'channel.moved-private': 'The personal details go through a private channel.',
  'channel.needs-private': 'Solving this needs personal data – offer a DM, e-mail or phone.',
  'channel.public-data-request':
    'Asks for personal data in public ({q}) – use a DM, e-mail or phone for that.',
  'channel.public-data-revealed': 'Reveals personal data in public ({q}).',
  'channel.public-fight': 'A public exchange of blows with a troll ({q}).',
  'channel.stayed-out': "Someone else's profile – right to stay out.",
  'empathy.apology': 'Apology: {q}.',
  'empathy.cold': 'Instead of understanding: {q}.',
  'empathy.missing': "The reply does not acknowledge the customer's experience or feelings.",
  'empathy.missing-apology': 'The company is at fault, but the reply does not apologise.',
  'empathy.pseudo-apology': 'A pseudo-apology ({q}) – it puts the responsibility on the customer.',
  'empathy.taken-seriously': 'Takes the concern seriously: {q}.',
  'empathy.understanding': "Understanding for the customer's situation: {q}.",
  'empathy.vague-apology': 'A token apology ({q}) – say what went wrong.',
  'empathy.warmth': 'Warm and appreciative: {q}.',
  'personalization.boilerplate': 'Standard phrase ({q}) – write personally and pick up the post.',
  'personalization.generic': 'The reply picks up nothing specific from the post.',
  'personalization.missing-name': "The customer's name ({name}) is missing.",
  'personalization.missing-sign-off': 'Sign with your own name ({name}).',
  'personalization.name': 'Addresses the customer by name: {q}.',
  'personalization.sign-off': 'Signed with own name: {q}.',
  'personalization.specific-point': 'Picks up what the post said: {q}.',
  'resolution.cant-help': 'A refusal without an alternative ({q}) – say what you can do instead.',
  'resolution.correction': 'Corrects the record politely: {q}.',
  'resolution.direct-answer': 'Answers the question directly: {q}.',
  'resolution.false-admission':
    'Admits a fault ({q}) although the company is not responsible here.',
  'resolution.feeding-troll': "Goes into the provocation ({q}) – don't feed the troll.",
  'resolution.next-step': 'A concrete next step: {q}.',
  'resolution.no-action': 'No concrete next step and no answer – the issue stays open.',
  'resolution.no-reply': 'Nothing was done about this post.',
  'resolution.not-feeding': 'Does not get drawn into the provocation.',
  'resolution.pushing':
    'Pushes for a rating, referral or sale ({q}) – happy customers do that on their own.',
  'resolution.status-update': 'Status update with a time: {q}.',
  'resolution.thanks': 'Says thank you without asking for anything.',
  'resolution.time-frame': 'Gives a time frame: {q}.',
  'timing.exemplary': 'Replied after {n} – within the hour, exemplary.',
  'timing.in-time': 'Replied after {n} – in time.',
  'timing.late': 'Replied only after {n} – too late (norm: {limit}).',
  'tone.blame': 'Blaming or lecturing the customer ({q}) – leave out reproaches.',
  'tone.bureaucratic':
    'Bureaucratic brush-off ({q}) – talk to the person, not about the procedure.',
  'tone.defensive': 'This sounds defensive ({q}) – take the customer’s view seriously.',
  'tone.flippant': 'Flippant ({q}) – too casual for a customer with a problem.',
  'tone.friendly': 'Friendly tone: {q}.',
  'tone.hard-to-read': 'A very long sentence ({n} words) – write shorter and plainer.',
  'tone.irritation': 'Irritated wording ({q}) – stay calm and factual.',
  'tone.jargon': 'Jargon or internal terms ({q}) – say it the way the customer would.',
  'tone.long-winded': 'A long speech of thanks ({n} words) – a brief, warm thank-you is enough.',
  'tone.register-mix': 'Mixed forms of address ({q}) – keep to one.',
  'tone.sarcasm': 'Irony or sarcasm ({q}) reads as mockery to the customer.',
  'tone.shouting': 'Capitals or piled-up exclamation marks ({q}) read as shouting.',
  'tone.sarcasm-smile':
    'A smiley after a reproach ({q}) easily reads as mockery. Would the customer take it as friendly?',
  'tone.jargon-codes':
    'Codes and abbreviations ({q}) – would the customer know what they mean? Say it in everyday words.',
  'empathy.template':
    "Would this sentence ({q}) fit any other customer's post too? Name what actually happened to them, so they feel meant.",
  'resolution.vague-handoff':
    'Passed on to whom, and what happens by when ({q})? Say who is handling it and by when.',
  'tone.doubt':
    'Read the reply as the customer would: does any sentence sound irritated, lecturing, ironic or like an excuse?',
  'empathy.doubt':
    "Would this reply fit any other customer's post too? Say what happened to them and that you understand how it feels.",
  'personalization.doubt':
    'Does the reply pick up what exactly this customer wrote – with their name?',
  'resolution.doubt':
    'What exactly happens next, who does it and by when? Or: is the question really answered?',
  'channel.doubt':
    'Is this the right place for the answer – and is any personal detail out in the open?',
  'resolution.nothing-offered':
    'The reply offers nothing: no step, no plan, no answer, no way to reach you. What happens for this person now?',
};
