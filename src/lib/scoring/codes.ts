/**
 * Every finding code the scorer can emit, with what it means. Scenario authors guard
 * transitions on these codes, so they are stable: rename one only together with every
 * scenario that uses it (tests/unit/scoring-rules.test.ts and scoring-properties.test.ts check that rules and analyzers
 * emit nothing outside this list).
 */
export const FINDING_CODES = {
  'timing.exemplary': 'Reply came within the exemplary time (question: 1 hour).',
  'timing.in-time': 'Reply came within the norm for this kind of post.',
  'timing.late': 'Reply came after the norm (complaint 24 h, question 24 h, praise 2 days).',

  'tone.friendly': 'Friendly, polite wording (please, thank you, glad to).',
  'tone.sarcasm': 'Irony or sarcasm, also when dressed in polite words.',
  'tone.flippant': 'Flippant, too casual for the situation (lol, haha).',
  'tone.irritation': 'Irritated or impatient wording aimed at the customer.',
  'tone.blame': 'Blames or lectures the customer.',
  'tone.defensive': 'Defensive: justifies the company instead of answering the customer.',
  'tone.shouting': 'SHOUTING in capitals or a pile of exclamation marks.',
  'tone.bureaucratic':
    'Bureaucratic brush-off: refers to terms, forms or procedures instead of the person.',
  'tone.jargon': 'Industry jargon or internal terms the customer cannot know.',
  'tone.hard-to-read': 'Sentences so long that the reply is hard to read.',
  'tone.long-winded': 'A long speech where a brief thank-you is expected (praise).',
  'tone.register-mix': 'Switches between formal "Sie" and informal "du".',

  'empathy.apology': 'A real apology for what went wrong.',
  'empathy.pseudo-apology': 'An apology that shifts the blame ("sorry you feel that way").',
  'empathy.vague-apology': 'A token apology ("any inconvenience") that names nothing.',
  'empathy.missing-apology': 'The company is at fault but the reply does not apologise.',
  'empathy.understanding': "Acknowledges the customer's experience or feelings.",
  'empathy.taken-seriously': 'Thanks the customer for the feedback / takes it seriously.',
  'empathy.warmth': 'Warm thanks or joy in reply to praise or a question.',
  'empathy.missing': "Does not acknowledge the customer's experience at all.",
  'empathy.cold': 'Argues or scolds instead of staying calm (troll, criticism).',

  'personalization.name': 'Addresses the customer by name.',
  'personalization.missing-name': "Does not use the customer's name.",
  'personalization.specific-point': 'Picks up what the customer actually wrote.',
  'personalization.generic': 'Does not pick up anything specific from the post.',
  'personalization.boilerplate': 'Copy-paste standard phrases.',
  'personalization.sign-off': "Signs with the agent's own name.",
  'personalization.missing-sign-off': "Praise reply without the agent's own name.",

  'resolution.next-step': 'Says concretely what happens next.',
  'resolution.time-frame': 'Gives an expected time.',
  'resolution.direct-answer': 'Answers the question directly.',
  'resolution.status-update': 'Status update with an expected time for the final answer.',
  'resolution.correction': 'Corrects unjustified criticism politely and with facts.',
  'resolution.no-action': 'No concrete step, no answer: the issue stays open.',
  'resolution.cant-help': '"We can\'t help" without an alternative.',
  'resolution.false-admission': 'Admits a fault the company did not commit.',
  'resolution.pushing': 'Asks for ratings, shares, referrals or another purchase.',
  'resolution.thanks': 'Thanks for praise without pushing for anything.',
  'resolution.not-feeding': 'Does not get drawn into the provocation.',
  'resolution.feeding-troll': 'Argues with a troll or goes into the provocation.',
  'resolution.no-reply': 'Nothing was done about a post that needed a reply.',

  'channel.public-data-request': 'Asks for personal data (order number, address …) in public.',
  'channel.public-data-revealed': 'Reveals personal data in public.',
  'channel.moved-private': 'Moves the personal details to private message, e-mail or phone.',
  'channel.needs-private': 'Personal data is needed but no private channel is offered.',
  'channel.detour': 'Sends a simple question on a detour (form, hotline, link, e-mail).',
  'channel.answered-in-thread': 'Answers a simple question right in the thread.',
  'channel.ignored': 'Leaves a post that needs an answer without reply.',
  'channel.deleted-criticism': 'Deletes or hides legitimate criticism.',
  'channel.moderated-rule-breaker': 'Hides or removes a post that breaks the netiquette.',
  'channel.public-fight': 'Takes on a troll in public.',
  'channel.foreign-profile': "Intervenes on someone else's profile or forum.",
  'channel.stayed-out': "Stays out of someone else's profile or forum.",
  'channel.fitting': 'The channel fits the situation.',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;

export function isFindingCode(code: string): code is FindingCode {
  return Object.hasOwn(FINDING_CODES, code);
}
