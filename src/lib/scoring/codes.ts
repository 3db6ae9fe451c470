/**
 * What each word rule finds and what each finding means, for scenario authors, the
 * scenario checks and the rules table (docs/scoring-rules.md). Kept apart from catalog.ts so
 * the browser bundle of the scorer does not carry these texts.
 */
import type { FindingCode, RuleName } from './catalog';

export const RULE_DESCRIPTIONS = {
  'tone.friendly': 'Polite words: please, thank you, glad to, greetings.',
  'tone.sarcasm': 'Marker phrases and emoji of irony and sarcasm.',
  'tone.flippant': 'Flippant words and laughing emoji.',
  'tone.irritation': 'Irritated or impatient phrases aimed at the customer.',
  'tone.blame': 'Phrases that blame or lecture the customer.',
  'tone.defensive': 'Justifications of the company instead of an answer.',
  'tone.bureaucratic': 'References to terms, forms and procedures.',
  'tone.jargon': 'Industry jargon and internal terms.',
  'empathy.apology': 'Words of apology.',
  'empathy.pseudo-apology': 'Apologies that shift the blame or doubt the experience.',
  'empathy.vague-apology': 'Token apologies for "any inconvenience".',
  'empathy.understanding': "Acknowledgement of the customer's experience or feelings.",
  'empathy.taken-seriously': 'Thanks for the feedback; taking it seriously.',
  'empathy.warmth': 'Warm thanks and joy, warm emoji.',
  'personalization.boilerplate': 'Copy-paste standard phrases.',
  'resolution.next-step': 'A concrete next step the company takes.',
  'cue.weak-step': 'A vague step ("we will look into it"): a plan only with a time.',
  'resolution.time-frame': 'An expected time.',
  'resolution.correction': 'A factual correction of unjustified criticism.',
  'resolution.cant-help': '"We can\'t help with that."',
  'resolution.false-admission': 'Admissions of fault ("you are right, our mistake").',
  'resolution.pushing': 'Requests for ratings, shares, referrals or purchases.',
  'cue.answer': 'Words that carry an answer (yes, no, open, costs, available …).',
  'cue.request': 'Request verbs (send us, tell us, post …).',
  'cue.personal-data': 'Nouns of personal data (order number, address, IBAN …).',
  'cue.private-channel': 'Private channels (DM, e-mail, phone).',
  'channel.detour':
    'Ways to reach someone elsewhere: forms, hotlines, portals, "contact our team".',
  'cue.pointer': 'Somewhere to read: terms, FAQ, website, size chart, an app section, a link.',
  'cue.appeal': 'Appeals to terms, policies, procedures, laws or "operational reasons".',
  'cue.handoff': 'Hand-offs presented as action: passed on, forwarded, the team is aware.',
  'cue.generic-empathy': 'Template empathy that would fit any post ("sorry to hear that").',
  'cue.reproach': 'Lecturing asides: "next time", "worth checking", "please note that you".',
  'cue.casual': 'A register too casual for a problem: whoops, no worries, OMG.',
  'cue.call-to-action':
    'Under praise, a pointer to buy, book or sign up: "link in bio", "in our app", "call us".',
  'cue.legal': 'Legal threats: legal action, lawyers, criminal charges.',
  'cue.remedy': 'Remedies that concede a charge was wrong: refund, waive, cancel, write off.',
} as const satisfies Record<RuleName, string>;

/** Every finding code the scorer can emit, with what it means. Scenario authors guard transitions on these codes, so they are stable. */
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
  'empathy.template':
    'Sympathy or thanks that would fit any post: nothing of what this customer described.',
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
  'resolution.nothing-offered':
    'A reply to a complaint that offers nothing: no step, no plan, no answer, no way to reach anyone.',
  'resolution.vague-handoff':
    'A hand-off presented as action ("passed on", "the team is aware") with no owner, step or time.',
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
  'channel.answered-in-thread': 'Keeps a simple question in the thread where it was asked.',
  'channel.ignored': 'Leaves a post that needs an answer without reply.',
  'channel.deleted-criticism': 'Deletes or hides legitimate criticism.',
  'channel.moderated-rule-breaker': 'Hides or removes a post that breaks the netiquette.',
  'channel.public-fight': 'Takes on a troll in public.',
  'channel.foreign-profile': "Intervenes on someone else's profile or forum.",
  'channel.stayed-out': "Stays out of someone else's profile or forum.",
  'channel.fitting': 'The channel fits the situation.',
  'tone.doubt':
    "The tone probably misses the guideline, with no single cause to point at: the expert's question to ask.",
  'empathy.doubt':
    "The empathy probably misses the guideline, with no single cause to point at: the expert's question to ask.",
  'personalization.doubt':
    "The personalization probably misses the guideline, with no single cause to point at: the expert's question to ask.",
  'resolution.doubt':
    "The resolution probably misses the guideline, with no single cause to point at: the expert's question to ask.",
  'channel.doubt':
    "The channel probably misses the guideline, with no single cause to point at: the expert's question to ask.",
} as const satisfies Record<FindingCode, string>;

export { isFindingCode, type FindingCode } from './catalog';
