import type { z } from 'zod';
import { readYaml } from '../content/yaml';
import { pathString, valueAt as valueAtIn, type Problem } from '../content/problems';
import { FINDING_CODES } from '../scoring/codes';
import { scenario as scenarioSchema, type Scenario, type Guard } from './schema';

/**
 * Reading and checking scenario files for authors (build time and `npm run scenarios:check`).
 * Every problem names the file, the path inside it, the line when it is known, and what to do.
 */

// One problem shape for every content kind; re-exported for the scenario tools.
export { formatProblem, type Problem } from '../content/problems';

/** What a `type` in a list names, judged by the list it sits in. */
function vocabularyOf(path: readonly PropertyKey[]): string {
  if (path.includes('when')) return 'guard';
  if (path.includes('do')) return 'effect';
  return 'type';
}

/** Turns zod's wording into advice an author can act on; `found` is the value in the file. */
function advice(issue: z.core.$ZodIssue, found?: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return issue.keys.some((k) => k.includes(' '))
        ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: a comma inside an unquoted text in { de: …, en: … } splits it – put the text in double quotes`
        : `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against scenarios/README.md`;
    case 'invalid_value':
      if (issue.path.includes('claims'))
        return `unknown claim ${JSON.stringify(found)}: use one from the Claims table in scenarios/README.md (what the ending's text asserts about the play)`;
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      // A discriminated union (guards, effects) names its valid types: list them.
      if ('options' in issue && Array.isArray(issue.options) && issue.options.length > 0) {
        const kind = vocabularyOf(issue.path);
        return `unknown ${kind} ${JSON.stringify(found)}: use one of ${issue.options.join(', ')} (see the ${kind === 'effect' ? 'Effects' : 'Guards'} table in scenarios/README.md)`;
      }
      if (issue.path.includes('steps'))
        return 'a step is one of { choose: … }, { reply: …, channel: … }, { wait: … }, { moderate: hide|delete }, { escalate: true } (see "Walkthrough steps" in scenarios/README.md)';
      return 'not a valid entry here: compare it with the field reference in scenarios/README.md';
    default:
      return issue.message;
  }
}

export interface Loaded {
  scenario?: Scenario;
  problems: Problem[];
}

/** Parses and validates one scenario file; `file` is only used in messages. */
export function loadScenario(
  file: string,
  source: string,
  knownGuidelines?: ReadonlySet<string>,
): Loaded {
  const read = readYaml(source);
  if (read.problems.length > 0)
    return {
      problems: read.problems.map((p) => ({ file, path: '', line: p.line, message: p.message })),
    };
  const { lineOf } = read;
  const data = read.value;
  const valueAt = (path: readonly PropertyKey[]): unknown => valueAtIn(data, path);
  const result = scenarioSchema.safeParse(data);
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => ({
        file,
        path: pathString(issue.path),
        // An unknown field is reported on its own line, not on the object holding it.
        line: lineOf(
          issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path,
        ),
        message:
          valueAt(issue.path) === undefined && issue.path.length > 0
            ? `missing: add "${String(issue.path[issue.path.length - 1])}"${issue.code === 'invalid_value' ? ` (${advice(issue)})` : ''}${issue.path.at(-1) === 'claims' ? ' – what the ending asserts about the play, e.g. [replied-private, apologised] (table "Claims" in scenarios/README.md)' : ''}`
            : advice(issue, valueAt(issue.path)),
      })),
    };
  }
  const problems = checkScenario(file, result.data, lineOf, knownGuidelines);
  return problems.length > 0 ? { problems } : { scenario: result.data, problems };
}

/**
 * Checks what the schema cannot: references (beats, messages, people, options, guideline ids,
 * finding codes), texts in every declared language, and the graph (unreachable beats, dead
 * ends, endings no path reaches, default transitions).
 */
export function checkScenario(
  file: string,
  s: Scenario,
  lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
  knownGuidelines?: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const add = (path: PropertyKey[], message: string) =>
    problems.push({ file, path: pathString(path), line: lineOf(path), message });

  const expectedId = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
  if (!file.includes('/fixtures/') && s.id !== expectedId) {
    add(['id'], `the id "${s.id}" must equal the file name "${expectedId}"`);
  }

  // Texts in every declared language, and no language the file does not declare.
  const checkText = (value: unknown, path: PropertyKey[]) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [lang, text] of Object.entries(value)) {
      if (String(text).trim() === '')
        add([...path, lang], 'the text is blank: write it, or remove the language');
      for (const m of String(text).matchAll(/\{([^}]*)\}/g)) {
        if (m[1] !== 'agent')
          add(
            [...path, lang],
            `"{${m[1]}}" is not a placeholder: write {agent} for the trainee's name, or remove the braces`,
          );
      }
    }
    for (const lang of s.languages) {
      if (!Object.hasOwn(value, lang))
        add(
          path,
          `the ${lang} text is missing (the file declares languages: ${s.languages.join(', ')})`,
        );
    }
    for (const lang of Object.keys(value)) {
      if (!s.languages.includes(lang as never))
        add([...path, lang], `"${lang}" is not in languages: add it there or remove this text`);
    }
  };
  checkText(s.title, ['title']);
  checkText(s.summary, ['summary']);
  checkText(s.customer.backstory, ['customer', 'backstory']);

  if (knownGuidelines) {
    s.guidelines.forEach((g, i) => {
      if (!knownGuidelines.has(g))
        add(
          ['guidelines', i],
          `unknown guideline id "${g}": use an id from content/guidelines.yaml`,
        );
    });
  }

  const beatIds = Object.keys(s.beats);
  const start = s.start_beat ?? beatIds[0];
  if (s.start_beat && !Object.hasOwn(s.beats, s.start_beat))
    add(['start_beat'], `no beat "${s.start_beat}"`);
  const messageIds = new Map<string, string>();
  for (const [beatId, beat] of Object.entries(s.beats)) {
    beat.messages.forEach((m, i) => {
      const path = ['beats', beatId, 'messages', i];
      if (m.ago > 0 && m.after > 0)
        add(
          [...path, 'ago'],
          'a message either was already there when the beat started ("ago") or appears later ("after"), not both',
        );
      if (messageIds.has(m.id))
        add(
          [...path, 'id'],
          `message id "${m.id}" is used twice (also in beat "${messageIds.get(m.id)}")`,
        );
      messageIds.set(m.id, beatId);
      if (m.from !== 'customer' && !Object.hasOwn(s.crowd, m.from)) {
        add(
          [...path, 'from'],
          `"${m.from}" is neither "customer" nor a person in crowd (${Object.keys(s.crowd).join(', ') || 'empty'})`,
        );
      }
      checkText(m.text, [...path, 'text']);
    });
  }

  for (const [beatId, beat] of Object.entries(s.beats)) {
    beat.messages.forEach((m, i) => {
      if (m.replyTo !== undefined && !messageIds.has(m.replyTo))
        add(
          ['beats', beatId, 'messages', i, 'replyTo'],
          `no message "${m.replyTo}": replyTo names the message this one answers (message ids: ${[...messageIds.keys()].join(', ')})`,
        );
      else if (m.replyTo === m.id)
        add(['beats', beatId, 'messages', i, 'replyTo'], 'a message cannot reply to itself');
    });
  }

  // Flags that some transition sets; a guard on any other flag could never hold.
  const flagsSet = new Set<string>();
  for (const beat of Object.values(s.beats)) {
    for (const t of [...(beat.decision?.onAct ?? []), ...(beat.decision?.onTime ?? [])])
      for (const e of t.do) if (e.type === 'flag') flagsSet.add(e.params.name);
  }

  const checkGuard = (g: Guard, path: PropertyKey[]) => {
    if (g.type === 'flagSet' && !flagsSet.has(g.params.name)) {
      add(
        [...path, 'params', 'name'],
        `no transition sets the flag "${g.params.name}" (with a "flag" effect), so this guard never holds${flagsSet.size ? ` (flags set: ${[...flagsSet].join(', ')})` : ''}`,
      );
    }
    if (
      (g.type === 'hasFinding' || g.type === 'lacksFinding') &&
      !Object.hasOwn(FINDING_CODES, g.params.code)
    ) {
      add(
        [...path, 'params', 'code'],
        `unknown finding code "${g.params.code}": use one listed in scenarios/README.md`,
      );
    }
    if (g.type === 'targetIs') {
      g.params.messages.forEach((m, i) => {
        if (!messageIds.has(m)) add([...path, 'params', 'messages', i], `no message "${m}"`);
      });
    }
  };

  const edges = new Map<string, string[]>();
  for (const [beatId, beat] of Object.entries(s.beats)) {
    const d = beat.decision;
    if (!d) {
      checkText(beat.ending?.title, ['beats', beatId, 'ending', 'title']);
      checkText(beat.ending?.debrief, ['beats', beatId, 'ending', 'debrief']);
      edges.set(beatId, []);
      continue;
    }
    const base = ['beats', beatId, 'decision'];
    d.answers.forEach((a, i) => {
      if (!messageIds.has(a))
        add(
          [...base, 'answers', i],
          `no message "${a}": answers must name messages of this scenario`,
        );
    });
    if (s.kind === 'mixed') {
      d.answers.forEach((a, i) => {
        const m = Object.values(s.beats)
          .flatMap((b) => b.messages)
          .find((x) => x.id === a);
        if (m && !m.kind)
          add([...base, 'answers', i], `in a mixed scenario, message "${a}" needs a "kind"`);
      });
    }
    const optionIds = new Set<string>();
    d.options.forEach((o, i) => {
      if (optionIds.has(o.id))
        add([...base, 'options', i, 'id'], `option id "${o.id}" is used twice`);
      optionIds.add(o.id);
      const kinds = [o.text && 'text', o.moderate && 'moderate', o.escalate && 'escalate'].filter(
        Boolean,
      );
      if (kinds.length !== 1)
        add(
          [...base, 'options', i],
          kinds.length === 0
            ? 'an option needs a "text" (a reply), "moderate: hide|delete" or "escalate: true"'
            : `an option is one move: give it only one of ${kinds.map((k) => `"${k}"`).join(', ')}`,
        );
      if (d.answers.length > 1 && !o.target && !o.escalate)
        add(
          [...base, 'options', i],
          `this decision waits for several posts (${d.answers.join(', ')}): name the one the option acts on with "target"`,
        );
      if (o.moderate && !d.canModerate)
        add(
          [...base, 'options', i, 'moderate'],
          'this decision has canModerate: false, so the option could never be taken',
        );
      checkText(o.text, [...base, 'options', i, 'text']);
      if (o.target && !d.answers.includes(o.target))
        add(
          [...base, 'options', i, 'target'],
          `"${o.target}" is not one of this decision's answers`,
        );
    });
    if (!optionIds.has(d.model))
      add([...base, 'model'], `no option "${d.model}": model names the best option's id`);
    const targets: string[] = [];
    for (const list of ['onAct', 'onTime'] as const) {
      d[list].forEach((t, i) => {
        const path = [...base, list, i];
        if (!Object.hasOwn(s.beats, t.to))
          add([...path, 'to'], `no beat "${t.to}" (beats: ${beatIds.join(', ')})`);
        else targets.push(t.to);
        t.when.forEach((g, j) => checkGuard(g, [...path, 'when', j]));
      });
    }
    const last = d.onAct[d.onAct.length - 1];
    if (last && last.when.length > 0) {
      add(
        [...base, 'onAct', d.onAct.length - 1],
        'the last onAct transition must have no "when": it catches every other action, so the trainee is never stuck',
      );
    }
    d.onAct.slice(0, -1).forEach((t, i) => {
      if (t.when.length === 0)
        add(
          [...base, 'onAct', i],
          'a transition without "when" must come last: the ones after it can never be taken',
        );
    });
    if (d.onTime.length === 0)
      add(
        [...base, 'onTime'],
        'add an onTime transition (what happens when the trainee waits too long)',
      );
    edges.set(beatId, targets);
  }

  // Graph: every beat reachable from the start; every path can end.
  const reachable = new Set<string>();
  const queue = start ? [start] : [];
  while (queue.length) {
    const id = queue.pop()!;
    if (reachable.has(id) || !Object.hasOwn(s.beats, id)) continue;
    reachable.add(id);
    queue.push(...(edges.get(id) ?? []));
  }
  for (const id of beatIds) {
    if (!reachable.has(id)) {
      add(
        ['beats', id],
        s.beats[id]?.ending
          ? `ending "${id}" is reached by no path: point a transition at it or remove it`
          : `beat "${id}" is unreachable from the start beat "${start}"`,
      );
    }
  }
  const canEnd = new Set(beatIds.filter((id) => s.beats[id]?.ending));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, to] of edges) {
      if (!canEnd.has(id) && to.some((t) => canEnd.has(t))) {
        canEnd.add(id);
        grew = true;
      }
    }
  }
  for (const id of reachable) {
    if (!canEnd.has(id))
      add(['beats', id], `dead end: no path from beat "${id}" reaches an ending`);
  }
  if (!beatIds.some((id) => s.beats[id]?.ending))
    add(['beats'], 'the scenario needs at least one beat with an ending');

  s.walkthroughs.forEach((w, i) => {
    if (!Object.hasOwn(s.beats, w.expect.ending) || !s.beats[w.expect.ending]?.ending)
      add(['walkthroughs', i, 'expect', 'ending'], `"${w.expect.ending}" is not an ending beat`);
    w.steps.forEach((step, j) => {
      if (Object.hasOwn(step, 'reply') && 'reply' in step)
        checkText(step.reply, ['walkthroughs', i, 'steps', j, 'reply']);
    });
  });
  return problems;
}
