import type { Examples } from '../language';

export const examples: Examples = {
  'tone.friendly': {
    match: [['Happy to help!', 'Happy to'], 'Kind regards, Sam'],
    noMatch: ['That is how it is.'],
  },
  'tone.sarcasm': {
    match: [
      ['Oh great, another complaint.', 'Oh great'],
      "We're not mind readers 🙃",
      'Pro tip: read the manual.',
      "What a pity reading isn't your strong suit.",
      'Wow, real mature. Maybe grow up?',
      ['Sounds like someone needs a hug 🙂', 'Sounds like someone'],
    ],
    noMatch: [
      "We're on it right away.",
      'What a pity your visit was spoiled.',
      'Yes, 9am–6pm as usual.',
      "We're glad it got to you with no surprise fees.",
      'Someone from our team will call you today.',
    ],
  },
  'tone.flippant': {
    match: [["We'll sort it lol", 'lol']],
    noMatch: ["We'll sort it today."],
  },
  'tone.irritation': {
    match: [
      ['Educate yourself before you comment.', 'Educate yourself'],
      ['As already stated, this is not possible.', 'As already stated'],
      'Please calm down.',
      'You are overreacting.',
      'Just relax.',
    ],
    noMatch: [
      'We completely understand your frustration.',
      'To be honest, we messed up here.',
      "Once again, I'm really sorry.",
      'Sit back and relax, a replacement is on its way.',
      'Calm dogs are welcome, and a chill greyhound sounds perfect.',
      "That's embarrassing for us – sorry!",
    ],
  },
  'tone.blame': {
    match: [
      ['You should have read the manual.', 'You should have'],
      'This is clearly stated in our terms.',
      "It's user error.",
      "It's all in the contract.",
      'On a busy Saturday you just have to bring a bit of patience.',
    ],
    noMatch: [
      'Next time you stay, breakfast is on us.',
      'This was our mistake.',
      'You just have to tap Settings.',
      "We don't blame you for being annoyed.",
      "Obviously that's not what should happen.",
      'It says delivered on our side too.',
      "Yes, bring your own games, there's no charge.",
      'Most people in your position owe nothing.',
      "We'll send the S before you post the XS back.",
    ],
  },
  'tone.defensive': {
    match: [
      ['That is not our department.', 'not our department'],
      'It works for everyone else.',
      'Delays are down to the courier, we have no influence on that.',
      'No worries, these things happen.',
    ],
    noMatch: [
      'We are here to help.',
      "It'll be with you by Thursday whatever happens.",
      "We won't be engaging with comments like this.",
    ],
  },
  'tone.bureaucratic': {
    match: [
      ['Please refer to our returns policy.', 'Please refer'],
      'Requests are handled in the order received.',
    ],
    noMatch: ['Your parcel arrives tomorrow.'],
  },
  'tone.jargon': {
    match: [
      ['Your refund is with our backoffice.', 'backoffice'],
      'Your case has been escalated to tier 2.',
      'The RMA is pending in the backend.',
    ],
    noMatch: ['A technician will visit you tomorrow.'],
  },
  'empathy.apology': {
    match: [
      ["I'm so sorry about the delay.", 'sorry'],
      'We apologise for the mix-up.',
      'That was our mistake.',
    ],
    noMatch: ['We will not apologise for this.', 'Thanks for your message.'],
  },
  'empathy.pseudo-apology': {
    match: [
      ["We're sorry you feel that way.", 'sorry you feel'],
      'We apologize if you were inconvenienced.',
    ],
    noMatch: ["We're sorry your parcel arrived late."],
  },
  'empathy.vague-apology': {
    match: [['We apologise for any inconvenience caused.', 'any inconvenience']],
    noMatch: ["We're sorry."],
  },
  'empathy.understanding': {
    match: [
      ['I understand your frustration.', 'understand'],
      'That must have been annoying.',
      'I can imagine how stressful that was.',
    ],
    noMatch: ["We don't understand the problem.", 'Your parcel is on its way.'],
  },
  'empathy.taken-seriously': {
    match: [
      ['Thanks for letting us know.', 'Thanks for letting us know'],
      'We take this very seriously.',
    ],
    noMatch: ["We don't take this seriously."],
  },
  'empathy.warmth': {
    match: [['Thank you so much, this made our day!', 'Thank'], 'Glad to help 😊'],
    noMatch: ['That is not great.'],
  },
  'personalization.boilerplate': {
    match: [
      ['Thank you for your message. We value your feedback.', 'Thank you for your message'],
      'Your satisfaction is our top priority.',
    ],
    noMatch: ['Thanks for telling us about the broken lid.'],
  },
  'resolution.next-step': {
    match: [
      ["We're sending you a replacement today.", "We're sending"],
      "I've refunded the delivery fee.",
      'Please DM us your order number.',
      'Your cake will be baked and is ready to collect tomorrow.',
      "I'll confirm it by e-mail in a moment.",
      'It ships today.',
      'The store manager will speak to the team member today.',
      'Your bin will be emptied tomorrow morning.',
      "Reply here and I'll help you step by step.",
      "We've knocked 50% off the bill, and the refund will reach your card by Friday.",
    ],
    noMatch: ["We can't do anything.", "That's a shame.", 'It arrived late.'],
  },
  'cue.weak-step': {
    match: [["We're looking into it.", 'looking into'], 'I have passed this on.'],
    noMatch: ["We won't look into it."],
  },
  'resolution.time-frame': {
    match: [["You'll hear from us by tomorrow.", 'tomorrow'], 'Within 2 business days.'],
    noMatch: ["We'll get back to you."],
  },
  'resolution.correction': {
    match: [['According to our records, the parcel was delivered on Monday.', 'According to']],
    noMatch: ["We're sorry."],
  },
  'resolution.cant-help': {
    match: [["Sorry, we can't help with that.", "can't help"], "That's not possible."],
    noMatch: ['Happy to help.'],
  },
  'resolution.false-admission': {
    match: [
      ['Sorry mate, our bad!', 'our bad'],
      ['That was our mistake.', 'our mistake'],
      "You're absolutely right.",
      ['Apologies for the error on our side!', 'error on our side'],
    ],
    noMatch: ['The parcel was delivered.'],
  },
  'resolution.pushing': {
    match: [
      ['A 5-star review would mean the world!', 'review would mean'],
      'Tell your friends about us!',
      'Use code THANKS10 on your next order.',
      ['Grab the Skylark app and rack up SkyPoints!', 'Grab the Skylark app'],
    ],
    noMatch: [
      'Thanks for the 5 stars and the lovely review!',
      'Thanks so much, Maya, that made our day!',
    ],
  },
  'cue.answer': {
    match: [['Yes, you can change it in the app under Settings.', 'Yes']],
    noMatch: ['We will look into this.'],
  },
  'cue.request': {
    match: [
      ['Please send us your order number.', 'Please send'],
      ['Could you pop your booking reference below?', 'pop your'],
    ],
    noMatch: ['We are here for you.'],
  },
  'cue.personal-data': {
    match: [
      ['your order number', 'order number'],
      'your IBAN',
      'your address',
      ['your date of birth', 'date of birth'],
    ],
    noMatch: ['your parcel'],
  },
  'cue.private-channel': {
    match: [
      ["I've DMed you, send your order number there.", 'DMed'],
      ['Please send us a DM.', 'DM'],
      "We'll call you.",
      'Send me a PM.',
      ["We've sent you a secure link for the upload.", 'secure link'],
    ],
    noMatch: [
      'Here is the answer.',
      'It ships today if you order by 2 pm.',
      'The crew will show you where to secure your bike.',
    ],
  },
  'channel.detour': {
    match: [
      ['Please call Member Services at the number on your card.', 'call Member Services'],
      ['Please use our contact form.', 'contact form'],
      'Call our hotline.',
      ['Please raise it through the resident portal.', 'through the resident portal'],
    ],
    noMatch: [
      'Yes, that works.',
      'Our app was down for an hour this morning.',
      'As per our terms and conditions, the fee applies.',
    ],
  },
  'cue.pointer': {
    match: [
      ['Enter your postcode in the Ashbridge Bins app.', 'in the Ashbridge Bins app'],
      ['As per our terms and conditions, the fee applies.', 'terms and conditions'],
      ['See our size chart.', 'size chart'],
    ],
    noMatch: ['Please call Member Services.', 'Yes, that works.'],
  },
  'cue.appeal': {
    match: [
      ['As per our returns policy, a receipt is required.', 'As per our returns policy'],
      'Delivery windows may change for operational reasons.',
      'Thank you for your understanding.',
    ],
    noMatch: ['I have refunded the £2.40 to your card.', 'The pool opens at 9am on bank holidays.'],
  },
  'cue.handoff': {
    match: [
      ["Sorry about that, we're on it.", "we're on it"],
      ["We've passed your comments on to the relevant team.", 'passed your comments on'],
      'Our team is aware and working on it.',
      'Someone will be in touch shortly.',
    ],
    noMatch: [
      'I will call you tomorrow at 10am.',
      'Our engineer Sam will visit on Tuesday between 8 and 12.',
    ],
  },
  'cue.generic-empathy': {
    match: [
      ['So sorry to hear that!', 'sorry to hear'],
      'We understand your frustration.',
      "We're sorry your order did not meet your expectations.",
    ],
    noMatch: [
      "I'm so sorry you waited three weeks for the washing machine.",
      'Thanks for the photo of the scratch.',
    ],
  },
  'cue.reproach': {
    match: [
      ['A quick look at the menu would have saved you the trip.', 'A quick look at the menu would'],
      ["It's always worth checking your confirmation first.", 'always worth'],
      'Next time please read the terms before booking.',
      "As stated on the ticket, it isn't refundable.",
      ["It's under Settings, same place it's always been 🙂", 'always been'],
      "As we've mentioned before, stock updates are on the website.",
    ],
    noMatch: ["We'll check that today.", 'The shop reopens on Monday.'],
  },
  'cue.casual': {
    match: [
      ['Whoops, that should not happen!', 'Whoops'],
      'No worries, all sorted!',
      'OMG we are literally obsessed!',
    ],
    noMatch: ["I'm sorry, we'll sort it out today.", 'Your parcel arrives tomorrow.'],
  },
  'cue.remedy': {
    match: [
      ["I'll knock the $70 off.", 'knock the $70 off'],
      ['Of course we will refund your deposit in full.', 'refund'],
      "We've cancelled the ticket as a goodwill gesture.",
      "We'll waive the fee this time.",
    ],
    noMatch: [
      'The fee is shown on your booking confirmation.',
      'Deposits are non-refundable.',
      'We will send you a new cable today.',
    ],
  },
  'cue.legal': {
    match: [
      ['We will be taking legal action.', 'legal action'],
      'We reserve the right to remove this post.',
      'Our lawyers have been informed.',
    ],
    noMatch: ['We hide insults under our house rules.', 'The steps to set it up are below.'],
  },
  'cue.call-to-action': {
    match: [
      ['Tickets are going fast, grab yours via the link in bio!', 'link in bio'],
      'Book online before the 12th!',
      'Why not join our cask club?',
    ],
    noMatch: [
      'Thank you, Rosa! Dave will be chuffed to hear it.',
      'We look forward to your next visit.',
    ],
  },
};
