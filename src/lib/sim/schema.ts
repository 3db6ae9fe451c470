import { z } from 'zod';

/**
 * The scenario file format (scenarios/<id>.yaml). One zod schema, every field documented: the
 * JSON Schema in scenarios/scenario.schema.json and the field reference in scenarios/README.md
 * are generated from it (npm run scenarios:schema).
 *
 * This module is for build time and the command line only: the browser receives scenarios
 * already validated: compile.ts and driver.ts import nothing but types from here, and browser
 * code takes the closed lists from src/lib/vocabulary.ts.
 */

import {
  CRITERIA,
  KINDS,
  LANGUAGES,
  OUTCOMES,
  PLATFORMS,
  REPLY_CHANNELS as CHANNELS,
  type Outcome,
} from '../vocabulary';
import { CLAIMS, type Claim } from './claims';

export { CRITERIA, KINDS, LANGUAGES, OUTCOMES, PLATFORMS } from '../vocabulary';
export type { Lang, Outcome, OutcomeClass } from '../vocabulary';

/** Days of the week a scenario can start on. */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    'use lowercase letters, digits and hyphens, e.g. "angry-follow-up"',
  );

/** A text in every language the scenario declares, e.g. `{ de: "Hallo", en: "Hello" }`. */
// partialRecord: a file that declares only German must not need English; the author checks
// (check.ts) require exactly the declared languages.
export const text = z
  .partialRecord(z.enum(LANGUAGES), z.string().min(1, 'write the text, or remove the language'))
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
    type: z
      .literal('scoreBelow')
      .describe('The scorer gave this criterion less than `value` (or did not score it).'),
    params: z.strictObject({ criterion, value: score }),
  }),
  z.strictObject({
    /** The scorer gave this criterion at least `value`. */
    type: z.literal('scoreAtLeast').describe('The scorer gave this criterion at least `value`.'),
    params: z.strictObject({ criterion, value: score }),
  }),
  z.strictObject({
    /** The overall score is below `value`. */
    type: z.literal('overallBelow').describe('The overall score is below `value`.'),
    params: z.strictObject({ value: score }),
  }),
  z.strictObject({
    /** The overall score is at least `value`. */
    type: z.literal('overallAtLeast').describe('The overall score is at least `value`.'),
    params: z.strictObject({ value: score }),
  }),
  z.strictObject({
    /**
     * The overall score of the whole play so far, this action included (what the debrief will
     * show), is below `value`. Use it to keep a bad ending for plays that fail.
     */
    type: z
      .literal('totalBelow')
      .describe(
        'The overall score of the whole play so far, this action included (what the debrief will show), is below `value`. Use it to keep a bad ending for plays that fail.',
      ),
    params: z.strictObject({ value: score }),
  }),
  z.strictObject({
    /** The overall score of the whole play so far, this action included, is at least `value`. */
    type: z
      .literal('totalAtLeast')
      .describe(
        'The overall score of the whole play so far, this action included, is at least `value`.',
      ),
    params: z.strictObject({ value: score }),
  }),
  z.strictObject({
    /** The scorer reported a finding with this code (see src/lib/scoring/codes.ts). */
    type: z
      .literal('hasFinding')
      .describe('The scorer reported a finding with this code (see src/lib/scoring/codes.ts).'),
    params: z.strictObject({ code: z.string() }),
  }),
  z.strictObject({
    /** The scorer did not report a finding with this code. */
    type: z.literal('lacksFinding').describe('The scorer did not report a finding with this code.'),
    params: z.strictObject({ code: z.string() }),
  }),
  z.strictObject({
    /** The trainee replied on one of these channels. */
    type: z.literal('channelIs').describe('The trainee replied on one of these channels.'),
    params: z.strictObject({ channels: z.array(z.enum(CHANNELS)).min(1) }),
  }),
  z.strictObject({
    /** The trainee hid or deleted the post (`how` narrows it to one of them). */
    type: z
      .literal('moderated')
      .describe('The trainee hid or deleted the post (`how` narrows it to one of them).'),
    params: z.strictObject({ how: z.enum(['hide', 'delete']).optional() }).default({}),
  }),
  z.strictObject({
    /**
     * The trainee passed the post on internally. An escalation takes only transitions that
     * test this guard; without one it leaves the post open and lets time pass.
     */
    type: z
      .literal('escalated')
      .describe(
        'The trainee passed the post on internally. An escalation takes only transitions that test this guard; without one it leaves the post open and lets time pass.',
      ),
    params: z.strictObject({}).default({}),
  }),
  z.strictObject({
    /** The trainee acted on this post (in an inbox with several open posts). */
    type: z
      .literal('targetIs')
      .describe('The trainee acted on this post (in an inbox with several open posts).'),
    params: z.strictObject({ messages: z.array(id).min(1) }),
  }),
  z.strictObject({
    /** At least `minutes` simulated minutes have passed since the post being answered. */
    type: z
      .literal('waitedAtLeast')
      .describe('At least `minutes` simulated minutes have passed since the post being answered.'),
    params: z.strictObject({ minutes: z.number().int().positive() }),
  }),
  z.strictObject({
    /**
     * At least `minutes` simulated minutes have passed since this beat started, e.g. since the
     * trainee promised an answer.
     */
    type: z
      .literal('inBeatAtLeast')
      .describe(
        'At least `minutes` simulated minutes have passed since this beat started, e.g. since the trainee promised an answer.',
      ),
    params: z.strictObject({ minutes: z.number().int().positive() }),
  }),
  z.strictObject({
    /** The customer's mood is below `value` (mood starts at 0; effects change it). */
    type: z
      .literal('moodBelow')
      .describe("The customer's mood is below `value` (mood starts at 0; effects change it)."),
    params: z.strictObject({ value: z.number().int() }),
  }),
  z.strictObject({
    /** The customer's mood is at least `value`. */
    type: z.literal('moodAtLeast').describe("The customer's mood is at least `value`."),
    params: z.strictObject({ value: z.number().int() }),
  }),
  z.strictObject({
    /** At least `count` people have piled on. */
    type: z.literal('pileOnAtLeast').describe('At least `count` people have piled on.'),
    params: z.strictObject({ count: z.number().int().positive() }),
  }),
  z.strictObject({
    /** A flag set earlier by the `flag` effect. */
    type: z.literal('flagSet').describe('A flag set earlier by the `flag` effect.'),
    params: z.strictObject({ name: id }),
  }),
]);
export type Guard = z.infer<typeof guard>;
export type GuardType = Guard['type'];

/** Effects: the closed vocabulary of what a transition changes besides the beat. */
export const effect = z.discriminatedUnion('type', [
  z.strictObject({
    /** Changes the customer's mood by `by` (negative = angrier). */
    type: z.literal('mood').describe("Changes the customer's mood by `by` (negative = angrier)."),
    params: z.strictObject({ by: z.number().int() }),
  }),
  z.strictObject({
    /** `by` more people pile on (comments, likes on the complaint). */
    type: z
      .literal('pileOn')
      .describe('`by` more people pile on (comments, likes on the complaint).'),
    params: z.strictObject({ by: z.number().int().positive() }),
  }),
  z.strictObject({
    /** Sets a flag that later guards (`flagSet`) can test. */
    type: z.literal('flag').describe('Sets a flag that later guards (`flagSet`) can test.'),
    params: z.strictObject({ name: id }),
  }),
]);
export type Effect = z.infer<typeof effect>;

/** A transition out of a beat: when every guard holds, apply the effects and go to `to`. */
export const transition = z.strictObject({
  /** Guards that must all hold; leave out for the default (last) transition. */
  when: z
    .array(guard)
    .default([])
    .describe('Guards that must all hold; leave out for the default (last) transition.'),
  /** Effects applied on the way. */
  do: z.array(effect).default([]).describe('Effects applied on the way.'),
  /** The beat to go to. */
  to: id.describe('The beat to go to.'),
});
export type Transition = z.infer<typeof transition>;

/** Someone who posts besides the trainee: the customer or a bystander. */
export const person = z.strictObject({
  /** Display name, e.g. "Jana Becker". */
  name: z.string().min(1).describe('Display name, e.g. "Jana Becker".'),
  /** Handle on the platform, e.g. "@jana_b". */
  handle: z.string().optional().describe('Handle on the platform, e.g. "@jana_b".'),
});

/** A post, comment, private message or reaction that appears during a beat. */
export const message = z.strictObject({
  /** Id, unique in the scenario; decisions and guards refer to it. */
  id: id.describe('Id, unique in the scenario; decisions and guards refer to it.'),
  /** Who writes it: "customer" or the id of someone in `crowd`. */
  from: z.string().min(1).describe('Who writes it: "customer" or the id of someone in `crowd`.'),
  /** Minutes after the beat starts at which it appears (0 = at once). */
  after: z
    .number()
    .int()
    .min(0)
    .default(0)
    .describe('Minutes after the beat starts at which it appears (0 = at once).'),
  /**
   * Minutes before the beat started at which it was posted: a post that was already waiting
   * when the scenario begins (e.g. 2400 for one from the weekend on a Monday morning).
   */
  ago: z
    .number()
    .int()
    .min(0)
    .default(0)
    .describe(
      'Minutes before the beat started at which it was posted: a post that was already waiting when the scenario begins (e.g. 2400 for one from the weekend on a Monday morning).',
    ),
  /** Where it appears: public (the feed) or private (the inbox), e-mail or phone note. */
  channel: z
    .enum(CHANNELS)
    .default('public')
    .describe('Where it appears: public (the feed) or private (the inbox), e-mail or phone note.'),
  /** The message's id it replies to, for threading. */
  replyTo: id.optional().describe("The message's id it replies to, for threading."),
  /** What kind of post it is, when it differs from the scenario's kind (inbox scenarios). */
  kind: z
    .enum(KINDS)
    .optional()
    .describe(
      "What kind of post it is, when it differs from the scenario's kind (inbox scenarios).",
    ),
  /** Star rating, on review sites. */
  stars: z.number().int().min(1).max(5).optional().describe('Star rating, on review sites.'),
  /** Likes it has when it appears. */
  likes: z.number().int().min(0).default(0).describe('Likes it has when it appears.'),
  /**
   * Facts that differ for this post from the scenario's `facts`, e.g. a real question on a
   * troll thread: `{ netiquetteViolated: false }`. The scorer judges an action on this post with
   * them.
   */
  facts: z
    .strictObject({
      /** The company is to blame (an apology is owed). */
      companyAtFault: z
        .boolean()
        .optional()
        .describe('The company is to blame (an apology is owed).'),
      /** Solving it needs personal data (move to a private channel). */
      privateDataNeeded: z
        .boolean()
        .optional()
        .describe('Solving it needs personal data (move to a private channel).'),
      /** The post breaks the netiquette or the platform rules: hiding it is right. */
      netiquetteViolated: z
        .boolean()
        .optional()
        .describe('The post breaks the netiquette or the platform rules: hiding it is right.'),
      /** The post is on our own profile (false: someone else's forum). */
      onOwnProfile: z
        .boolean()
        .optional()
        .describe("The post is on our own profile (false: someone else's forum)."),
    })
    .optional()
    .describe(
      "Facts that differ for this post from the scenario's `facts`, e.g. a real question on a troll thread: { netiquetteViolated: false }.",
    ),
  text,
});
export type Message = z.infer<typeof message>;

/**
 * A prepared move for choice mode: a reply (`text` on a `channel`), or a move without words
 * (`moderate: hide|delete`, `escalate: true`). Its quality is judged by the scorer, not by hand.
 */
export const option = z.strictObject({
  /** Id, unique within the decision (a, b, c …). */
  id: id.describe('Id, unique within the decision (a, b, c …).'),
  /** Channel the option replies on. */
  channel: z.enum(CHANNELS).default('public').describe('Channel the option replies on.'),
  /** The post it answers, when the decision has several (inbox). */
  target: id.optional().describe('The post it answers, when the decision has several (inbox).'),
  /** The reply (a text per declared language); leave out for a move without words. */
  text: text
    .optional()
    .describe('The reply (a text per declared language); leave out for a move without words.'),
  /** The option hides or deletes the post instead of replying. */
  moderate: z
    .enum(['hide', 'delete'])
    .optional()
    .describe('The option hides or deletes the post instead of replying.'),
  /** The option passes the post on internally instead of replying (write `escalate: true`). */
  escalate: z
    .literal(true)
    .optional()
    .describe(
      'The option passes the post on internally instead of replying (write `escalate: true`).',
    ),
});
export type Option = z.infer<typeof option>;

/** Where the trainee acts: which post waits for an answer, and what they may do. */
export const decision = z.strictObject({
  /** Ids of the messages waiting for the trainee; the first is the default target. */
  answers: z
    .array(id)
    .min(1)
    .describe('Ids of the messages waiting for the trainee; the first is the default target.'),
  /** Prepared replies for choice mode (at least two). */
  options: z.array(option).min(2).describe('Prepared replies for choice mode (at least two).'),
  /** Id of the best option: shown as the model reply in the debrief. */
  model: id.describe('Id of the best option: shown as the model reply in the debrief.'),
  /**
   * Whether hide/delete are possible here. Default true; false where the trainee cannot
   * moderate (a private message, someone else's forum).
   */
  canModerate: z
    .boolean()
    .default(true)
    .describe(
      "Whether hide/delete are possible here. Default true; false where the trainee cannot moderate (a private message, someone else's forum).",
    ),
  /**
   * Minutes after the beat starts before the trainee can act, e.g. until the information they
   * promised has arrived. Until then only time passes (waiting, escalating).
   */
  opensAfter: z
    .number()
    .int()
    .min(0)
    .default(0)
    .describe(
      'Minutes after the beat starts before the trainee can act, e.g. until the information they promised has arrived. Until then only time passes (waiting, escalating).',
    ),
  /** Transitions checked, in order, when the trainee acts; the last must have no `when`. */
  onAct: z
    .array(transition)
    .min(1)
    .describe(
      'Transitions checked, in order, when the trainee acts; the last must have no `when`.',
    ),
  /** Transitions checked, in order, when time passes without action (waiting too long). */
  onTime: z
    .array(transition)
    .default([])
    .describe('Transitions checked, in order, when time passes without action (waiting too long).'),
});
export type Decision = z.infer<typeof decision>;

/** How the scenario ends at this beat. */
export const ending = z.strictObject({
  /** How it ended; each outcome is good, neutral or bad (table below). */
  outcome: z
    .enum(Object.keys(OUTCOMES) as [Outcome, ...Outcome[]])
    .describe('How it ended; each outcome is good, neutral or bad (table below).'),
  /** A short title, e.g. "Customer won back". */
  title: text.describe('A short title, e.g. "Customer won back".'),
  /** The debrief: what happened and why. */
  debrief: text.describe('The debrief: what happened and why.'),
  /**
   * What the title and debrief assert about the play (table "Claims" below), e.g.
   * `[replied-private, apologised, hid]`. The model tests check every claim against what the
   * trainee actually did and what the scorer found on every path that reaches this ending;
   * write `[]` only when the text asserts nothing about the trainee's moves.
   */
  claims: z
    .array(z.enum(Object.keys(CLAIMS) as [Claim, ...Claim[]]))
    .describe(
      'What the title and debrief assert about the play (table "Claims" below), e.g. [replied-private, apologised, hid]. The model tests check every claim on every path that reaches this ending; write [] only when the text asserts nothing about the trainee\'s moves.',
    ),
});

/** One beat: messages appear, then either the trainee decides or the scenario ends. */
export const beat = z
  .strictObject({
    /** Messages that appear when the beat starts (or `after` minutes later). */
    messages: z
      .array(message)
      .default([])
      .describe('Messages that appear when the beat starts (or `after` minutes later).'),
    /** The trainee acts here. */
    decision: decision.optional().describe('The trainee acts here.'),
    /** The scenario ends here. */
    ending: ending.optional().describe('The scenario ends here.'),
  })
  .refine((b) => (b.decision === undefined) !== (b.ending === undefined), {
    message: 'a beat needs exactly one of "decision" (the trainee acts) or "ending" (it ends)',
  });
export type Beat = z.infer<typeof beat>;

/** One step of a walkthrough. Exactly one of the keys. */
export const step = z.union([
  z.strictObject({
    /** Pick a prepared option by id. */
    choose: id.describe('Pick a prepared option by id.'),
  }),
  z.strictObject({
    /** Write this reply (per language). */
    reply: text.describe('Write this reply (per language).'),
    /** The channel of the reply. */
    channel: z.enum(CHANNELS).default('public').describe('The channel of the reply.'),
    /** The post it answers, in an inbox. */
    target: id.optional().describe('The post it answers, in an inbox.'),
  }),
  z.strictObject({
    /** Let this many simulated minutes pass. */
    wait: z.number().int().positive().describe('Let this many simulated minutes pass.'),
  }),
  z.strictObject({
    /** Hide or delete the post being answered. */
    moderate: z.enum(['hide', 'delete']).describe('Hide or delete the post being answered.'),
    /** The post to moderate, when the decision has several (default: its first). */
    target: id
      .optional()
      .describe('The post to moderate, when the decision has several (default: its first).'),
  }),
  z.strictObject({
    /** Escalate internally (write `escalate: true`). */
    escalate: z.literal(true).describe('Escalate internally (write `escalate: true`).'),
  }),
]);
export type Step = z.infer<typeof step>;

/** A scripted play that must reach `expect.ending` (checked by the model tests). */
export const walkthrough = z.strictObject({
  /** What this play shows, e.g. "best path". */
  name: z.string().min(1).describe('What this play shows, e.g. "best path".'),
  /** The trainee's moves in order (step forms below). */
  steps: z.array(step).min(1).describe("The trainee's moves in order (step forms below)."),
  /** What the play must reach. */
  expect: z
    .strictObject({
      /** The id of the ending beat it must reach. */
      ending: id.describe('The id of the ending beat it must reach.'),
      /** Minimum average score per criterion over the play's decisions. */
      minScores: z
        .partialRecord(criterion, score)
        .default({})
        .describe("Minimum average score per criterion over the play's decisions."),
    })
    .describe('What the play must reach.'),
});
export type Walkthrough = z.infer<typeof walkthrough>;

/** A scenario file. */
export const scenario = z.strictObject({
  /** JSON Schema reference for editors; ignored by the engine. */
  $schema: z
    .string()
    .optional()
    .describe('JSON Schema reference for editors; ignored by the engine.'),
  /** Stable id, equal to the file name; saved attempts are keyed on it. */
  id: id.describe('Stable id, equal to the file name; saved attempts are keyed on it.'),
  /** Languages every text is written in. */
  languages: z.array(z.enum(LANGUAGES)).min(1).describe('Languages every text is written in.'),
  /** What the customer's post is; "mixed" for an inbox of several kinds. */
  kind: z
    .enum([...KINDS, 'mixed'])
    .describe('What the customer\'s post is; "mixed" for an inbox of several kinds.'),
  /** Where it happens. */
  platform: z.enum(PLATFORMS).describe('Where it happens.'),
  /** How much the trainee should already know; the library sorts by it. */
  difficulty: z
    .enum(['beginner', 'intermediate', 'advanced'])
    .describe('How much the trainee should already know; the library sorts by it.'),
  /** Estimated real minutes to play. */
  minutes: z.number().int().min(1).max(60).describe('Estimated real minutes to play.'),
  /** Guideline ids (content/guidelines.yaml) the scenario practises. */
  guidelines: z
    .array(z.string())
    .min(1)
    .describe('Guideline ids (content/guidelines.yaml) the scenario practises.'),
  /** When the scenario starts: weekday and time, e.g. { day: tuesday, time: "09:12" }. */
  start: z
    .strictObject({
      /** Weekday of the first beat; the clock runs on across days (Friday → Monday). */
      day: z
        .enum(WEEKDAYS)
        .describe('Weekday of the first beat; the clock runs on across days (Friday → Monday).'),
      /** Time of day of the first beat, "HH:MM". */
      time: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write the time as HH:MM, e.g. "09:12"')
        .describe('Time of day of the first beat, "HH:MM".'),
    })
    .describe('When the scenario starts: weekday and time, e.g. { day: tuesday, time: "09:12" }.'),
  /**
   * Simulated minutes that pass per real minute of thinking time. Pick it so that dithering
   * shows: on a question (1 hour is exemplary) 15 means four real minutes use up the hour.
   */
  timeRate: z
    .number()
    .min(0)
    .max(600)
    .default(10)
    .describe(
      'Simulated minutes that pass per real minute of thinking time. Pick it so that dithering shows: on a question (1 hour is exemplary) 15 means four real minutes use up the hour.',
    ),
  /**
   * Simulated minutes an internal hand-off takes. Escalating never answers the customer: unless
   * a transition tests `escalated`, the post stays open, this much time passes and the
   * `onTime` transitions apply.
   */
  escalateMinutes: z
    .number()
    .int()
    .min(1)
    .max(1440)
    .default(30)
    .describe(
      'Simulated minutes an internal hand-off takes. Escalating never answers the customer: unless a transition tests `escalated`, the post stays open, this much time passes and the `onTime` transitions apply.',
    ),
  /** Facts the scorer needs. */
  facts: z
    .strictObject({
      /** The company is to blame (an apology is owed). */
      companyAtFault: z
        .boolean()
        .default(false)
        .describe('The company is to blame (an apology is owed).'),
      /** Solving it needs personal data (move to a private channel). */
      privateDataNeeded: z
        .boolean()
        .default(false)
        .describe('Solving it needs personal data (move to a private channel).'),
      /** The post breaks the netiquette (insults …): hiding is right. */
      netiquetteViolated: z
        .boolean()
        .default(false)
        .describe('The post breaks the netiquette (insults …): hiding is right.'),
      /** The post is on our own profile (false: someone else's forum). */
      onOwnProfile: z
        .boolean()
        .default(true)
        .describe("The post is on our own profile (false: someone else's forum)."),
    })
    .default({
      companyAtFault: false,
      privateDataNeeded: false,
      netiquetteViolated: false,
      onOwnProfile: true,
    })
    .describe('Facts the scorer needs; each defaults to the usual case.'),
  /** The customer. */
  customer: person
    .extend({
      /** A short backstory for the trainee's briefing. */
      backstory: text.describe("A short backstory for the trainee's briefing."),
    })
    .describe('The customer: the person whose post the scenario is about.'),
  /** Other people who may chime in, by id. */
  crowd: z.record(id, person).default({}).describe('Other people who may chime in, by id.'),
  /** The scenario's title on its card and page. */
  title: text.describe("The scenario's title on its card and page."),
  /** One or two sentences for the library card. */
  summary: text.describe('One or two sentences for the library card.'),
  /** The beat the scenario starts with. */
  start_beat: id.optional().describe('The beat the scenario starts with.'),
  /** The beats by id; the first one starts unless `start_beat` says otherwise. */
  beats: z
    .record(id, beat)
    .describe('The beats by id; the first one starts unless `start_beat` says otherwise.'),
  /** Scripted plays the tests run in every language (at least one). */
  walkthroughs: z
    .array(walkthrough)
    .min(1)
    .describe('Scripted plays the tests run in every language (at least one).'),
});

export type Scenario = z.infer<typeof scenario>;
export type ScenarioInput = z.input<typeof scenario>;
