import { z } from 'zod';

/**
 * The scenario file format (scenarios/<id>.yaml). One zod schema, every field documented: the
 * JSON Schema in scenarios/scenario.schema.json and the field reference in scenarios/README.md
 * are generated from it (npm run scenarios:schema).
 *
 * This module is for build time and the command line only: the browser receives scenarios
 * already validated, and compile.ts / game.ts import nothing but types from here.
 */

export const LANGUAGES = ['de', 'en'] as const;
export const KINDS = ['complaint', 'question', 'praise', 'troll'] as const;
export const PLATFORMS = ['facebook', 'x', 'instagram', 'reviews', 'blog'] as const;
export const CHANNELS = ['public', 'private', 'email', 'phone'] as const;
export const CRITERIA = [
  'timing',
  'tone',
  'empathy',
  'personalization',
  'resolution',
  'channel',
] as const;
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/**
 * How a scenario can end. Each outcome is good, neutral or bad; the model tests check that
 * doing nothing never reaches a good one.
 */
export const OUTCOMES = {
  resolved: 'good',
  calmed: 'good',
  'troll-starved': 'good',
  'stayed-out': 'good',
  delighted: 'good',
  'partly-resolved': 'neutral',
  'escalated-publicly': 'bad',
  'customer-lost': 'bad',
  'troll-fed': 'bad',
  'data-exposed': 'bad',
  ignored: 'bad',
} as const;
export type Outcome = keyof typeof OUTCOMES;
export type OutcomeClass = (typeof OUTCOMES)[Outcome];

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    'use lowercase letters, digits and hyphens, e.g. "angry-follow-up"',
  );

/** A text in every language the scenario declares, e.g. `{ de: "Hallo", en: "Hello" }`. */
export const text = z
  .record(z.enum(LANGUAGES), z.string().min(1, 'write the text, or remove the language'))
  .describe('A text per declared language, e.g. { de: "…", en: "…" }.');

const criterion = z.enum(CRITERIA).describe('A scoring dimension.');
const score = z.number().int().min(0).max(100);

/**
 * Guards: the closed vocabulary a transition may test. A transition's `when` lists guards
 * that must all hold.
 */
export const guard = z.discriminatedUnion('type', [
  z.strictObject({
    /** The scorer gave this criterion less than `value` (or did not score it). */
    type: z.literal('scoreBelow'),
    params: z.strictObject({ criterion, value: score }),
  }),
  z.strictObject({
    /** The scorer gave this criterion at least `value`. */
    type: z.literal('scoreAtLeast'),
    params: z.strictObject({ criterion, value: score }),
  }),
  z.strictObject({
    /** The overall score is below `value`. */
    type: z.literal('overallBelow'),
    params: z.strictObject({ value: score }),
  }),
  z.strictObject({
    /** The overall score is at least `value`. */
    type: z.literal('overallAtLeast'),
    params: z.strictObject({ value: score }),
  }),
  z.strictObject({
    /** The scorer reported a finding with this code (see src/lib/scoring/codes.ts). */
    type: z.literal('hasFinding'),
    params: z.strictObject({ code: z.string() }),
  }),
  z.strictObject({
    /** The scorer did not report a finding with this code. */
    type: z.literal('lacksFinding'),
    params: z.strictObject({ code: z.string() }),
  }),
  z.strictObject({
    /** The trainee replied on one of these channels. */
    type: z.literal('channelIs'),
    params: z.strictObject({ channels: z.array(z.enum(CHANNELS)).min(1) }),
  }),
  z.strictObject({
    /** The trainee hid or deleted the post (`how` narrows it to one of them). */
    type: z.literal('moderated'),
    params: z.strictObject({ how: z.enum(['hide', 'delete']).optional() }).default({}),
  }),
  z.strictObject({
    /** The trainee escalated internally. */
    type: z.literal('escalated'),
    params: z.strictObject({}).default({}),
  }),
  z.strictObject({
    /** The trainee acted on this post (in an inbox with several open posts). */
    type: z.literal('targetIs'),
    params: z.strictObject({ messages: z.array(id).min(1) }),
  }),
  z.strictObject({
    /** At least `minutes` simulated minutes have passed since the post being answered. */
    type: z.literal('waitedAtLeast'),
    params: z.strictObject({ minutes: z.number().int().positive() }),
  }),
  z.strictObject({
    /** The customer's mood is below `value` (mood starts at 0; effects change it). */
    type: z.literal('moodBelow'),
    params: z.strictObject({ value: z.number().int() }),
  }),
  z.strictObject({
    /** The customer's mood is at least `value`. */
    type: z.literal('moodAtLeast'),
    params: z.strictObject({ value: z.number().int() }),
  }),
  z.strictObject({
    /** At least `count` people have piled on. */
    type: z.literal('pileOnAtLeast'),
    params: z.strictObject({ count: z.number().int().positive() }),
  }),
  z.strictObject({
    /** A flag set earlier by the `flag` effect. */
    type: z.literal('flagSet'),
    params: z.strictObject({ name: id }),
  }),
]);
export type Guard = z.infer<typeof guard>;
export type GuardType = Guard['type'];

/** Effects: the closed vocabulary of what a transition changes besides the beat. */
export const effect = z.discriminatedUnion('type', [
  z.strictObject({
    /** Changes the customer's mood by `by` (negative = angrier). */
    type: z.literal('mood'),
    params: z.strictObject({ by: z.number().int() }),
  }),
  z.strictObject({
    /** `by` more people pile on (comments, likes on the complaint). */
    type: z.literal('pileOn'),
    params: z.strictObject({ by: z.number().int().positive() }),
  }),
  z.strictObject({
    /** Sets a flag that later guards (`flagSet`) can test. */
    type: z.literal('flag'),
    params: z.strictObject({ name: id }),
  }),
]);
export type Effect = z.infer<typeof effect>;

/** A transition out of a beat: when every guard holds, apply the effects and go to `to`. */
export const transition = z.strictObject({
  /** Guards that must all hold; leave out for the default (last) transition. */
  when: z.array(guard).default([]),
  /** Effects applied on the way. */
  do: z.array(effect).default([]),
  /** The beat to go to. */
  to: id,
});
export type Transition = z.infer<typeof transition>;

/** Someone who posts besides the trainee: the customer or a bystander. */
export const person = z.strictObject({
  /** Display name, e.g. "Jana Becker". */
  name: z.string().min(1),
  /** Handle on the platform, e.g. "@jana_b". */
  handle: z.string().optional(),
});

/** A post, comment, private message or reaction that appears during a beat. */
export const message = z.strictObject({
  /** Id, unique in the scenario; decisions and guards refer to it. */
  id,
  /** Who writes it: "customer" or the id of someone in `crowd`. */
  from: z.string().min(1),
  /** Minutes after the beat starts at which it appears (0 = at once). */
  after: z.number().int().min(0).default(0),
  /** Where it appears: public (the feed) or private (the inbox), e-mail or phone note. */
  channel: z.enum(CHANNELS).default('public'),
  /** The message's id it replies to, for threading. */
  replyTo: id.optional(),
  /** What kind of post it is, when it differs from the scenario's kind (inbox scenarios). */
  kind: z.enum(KINDS).optional(),
  /** Star rating, on review sites. */
  stars: z.number().int().min(1).max(5).optional(),
  /** Likes it has when it appears. */
  likes: z.number().int().min(0).default(0),
  text,
});
export type Message = z.infer<typeof message>;

/** A prepared reply for choice mode; its quality is judged by the scorer, not by hand. */
export const option = z.strictObject({
  /** Id, unique within the decision (a, b, c …). */
  id,
  /** Channel the option replies on. */
  channel: z.enum(CHANNELS).default('public'),
  /** The post it answers, when the decision has several (inbox). */
  target: id.optional(),
  text,
});

/** Where the trainee acts: which post waits for an answer, and what they may do. */
export const decision = z.strictObject({
  /** Ids of the messages waiting for the trainee; the first is the default target. */
  answers: z.array(id).min(1),
  /** Prepared replies for choice mode (at least two). */
  options: z.array(option).min(2),
  /** Id of the best option: shown as the model reply in the debrief. */
  model: id,
  /** Whether hide/delete are offered (e.g. for trolls). Default true. */
  canModerate: z.boolean().default(true),
  /** Transitions checked, in order, when the trainee acts; the last must have no `when`. */
  onAct: z.array(transition).min(1),
  /** Transitions checked, in order, when time passes without action (waiting too long). */
  onTime: z.array(transition).default([]),
});
export type Decision = z.infer<typeof decision>;

/** How the scenario ends at this beat. */
export const ending = z.strictObject({
  outcome: z.enum(Object.keys(OUTCOMES) as [Outcome, ...Outcome[]]),
  /** A short title, e.g. "Customer won back". */
  title: text,
  /** The debrief: what happened and why. */
  debrief: text,
});

/** One beat: messages appear, then either the trainee decides or the scenario ends. */
export const beat = z
  .strictObject({
    /** Messages that appear when the beat starts (or `after` minutes later). */
    messages: z.array(message).default([]),
    /** The trainee acts here. */
    decision: decision.optional(),
    /** The scenario ends here. */
    ending: ending.optional(),
  })
  .refine((b) => (b.decision === undefined) !== (b.ending === undefined), {
    message: 'a beat needs exactly one of "decision" (the trainee acts) or "ending" (it ends)',
  });
export type Beat = z.infer<typeof beat>;

/** One step of a walkthrough. Exactly one of the keys. */
export const step = z.union([
  z.strictObject({ /** Pick a prepared option by id. */ choose: id }),
  z.strictObject({
    /** Write this reply (per language). */
    reply: text,
    channel: z.enum(CHANNELS).default('public'),
    /** The post it answers, in an inbox. */
    target: id.optional(),
  }),
  z.strictObject({
    /** Let this many simulated minutes pass. */ wait: z.number().int().positive(),
  }),
  z.strictObject({
    /** Hide or delete the post being answered. */ moderate: z.enum(['hide', 'delete']),
  }),
  z.strictObject({ /** Escalate internally. */ escalate: z.literal(true) }),
]);
export type Step = z.infer<typeof step>;

/** A scripted play that must reach `expect.ending` (checked by the model tests). */
export const walkthrough = z.strictObject({
  /** What this play shows, e.g. "best path". */
  name: z.string().min(1),
  steps: z.array(step).min(1),
  expect: z.strictObject({
    /** The id of the ending beat it must reach. */
    ending: id,
    /** Minimum average score per criterion over the play's decisions. */
    minScores: z.partialRecord(criterion, score).default({}),
  }),
});
export type Walkthrough = z.infer<typeof walkthrough>;

/** A scenario file. */
export const scenario = z.strictObject({
  /** JSON Schema reference for editors; ignored by the engine. */
  $schema: z.string().optional(),
  /** Stable id, equal to the file name; saved attempts are keyed on it. */
  id,
  /** Languages every text is written in. */
  languages: z.array(z.enum(LANGUAGES)).min(1),
  /** What the customer's post is; "mixed" for an inbox of several kinds. */
  kind: z.enum([...KINDS, 'mixed']),
  /** Where it happens. */
  platform: z.enum(PLATFORMS),
  difficulty: z.enum(['beginner', 'intermediate', 'advanced']),
  /** Estimated real minutes to play. */
  minutes: z.number().int().min(1).max(60),
  /** Guideline ids (content/guidelines.yaml) the scenario practises. */
  guidelines: z.array(z.string()).min(1),
  /** When the scenario starts: weekday and time, e.g. { day: tuesday, time: "09:12" }. */
  start: z.strictObject({
    day: z.enum(WEEKDAYS),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write the time as HH:MM, e.g. "09:12"'),
  }),
  /** Simulated minutes that pass per real minute of thinking time. */
  timeRate: z.number().min(0).max(600).default(10),
  /** Facts the scorer needs. */
  facts: z
    .strictObject({
      /** The company is to blame (an apology is owed). */
      companyAtFault: z.boolean().default(false),
      /** Solving it needs personal data (move to a private channel). */
      privateDataNeeded: z.boolean().default(false),
      /** The post breaks the netiquette (insults …): hiding is right. */
      netiquetteViolated: z.boolean().default(false),
      /** The post is on our own profile (false: someone else's forum). */
      onOwnProfile: z.boolean().default(true),
    })
    .default({
      companyAtFault: false,
      privateDataNeeded: false,
      netiquetteViolated: false,
      onOwnProfile: true,
    }),
  /** The customer. */
  customer: person.extend({
    /** A short backstory for the trainee's briefing. */
    backstory: text,
  }),
  /** Other people who may chime in, by id. */
  crowd: z.record(id, person).default({}),
  title: text,
  /** One or two sentences for the library card. */
  summary: text,
  /** The beat the scenario starts with. */
  start_beat: id.optional(),
  /** The beats by id; the first one starts unless `start_beat` says otherwise. */
  beats: z.record(id, beat),
  walkthroughs: z.array(walkthrough).min(1),
});

export type Scenario = z.infer<typeof scenario>;
export type ScenarioInput = z.input<typeof scenario>;
export type Lang = (typeof LANGUAGES)[number];
