/**
 * The published site holds no answer key for the certification exam: every island's props on
 * every built page (decoded from Astro's serialisation), every script bundle and every JSON file
 * is searched for the certification items' keys, feedback and authored part ids. The practice
 * items' key is allowed (the practice exam is a self-assessment and says so).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { OUT_DIR } from './helpers';

type Text = { de: string; en: string };
interface Item {
  id: string;
  type: string;
  use?: string;
  options?: { id: string; correct: boolean; feedback: Text }[];
  feedback?: { true: Text; false: Text };
  pairs?: { id: string; feedback: Text }[];
  steps?: { id: string; feedback: Text }[];
}
const AREAS = ['strategy', 'complaints', 'trolls', 'questions', 'praise', 'channels', 'priorities'];
const bank = AREAS.flatMap((a) => parse(readFileSync(`content/quiz/${a}.yaml`, 'utf8')) as Item[]);
const certification = bank.filter((i) => i.use !== 'practice');
const certIds = new Set(certification.map((i) => i.id));

/** What the site publishes on purpose: the lessons and the practice items. */
const published = [
  ...['de', 'en'].flatMap((lang) =>
    readdirSync(`content/lessons/${lang}`).map((f) =>
      readFileSync(`content/lessons/${lang}/${f}`, 'utf8'),
    ),
  ),
  JSON.stringify(bank.filter((i) => i.use === 'practice')),
].join('\n');

/**
 * Texts that give an answer away: every feedback of every certification item (those a lesson
 * or a practice item also says, e.g. "Sign with your own name.", are public anyway).
 */
const revealing = certification
  .flatMap((i) => [
    ...(i.options ?? []).flatMap((o) => [o.feedback.de, o.feedback.en]),
    ...(i.pairs ?? []).flatMap((p) => [p.feedback.de, p.feedback.en]),
    ...(i.steps ?? []).flatMap((s) => [s.feedback.de, s.feedback.en]),
    ...(i.feedback
      ? [i.feedback.true.de, i.feedback.true.en, i.feedback.false.de, i.feedback.false.en]
      : []),
  ])
  .filter((t) => !published.includes(t));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const decodeEntities = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Astro's island props: every value is [type, value]; 0 plain, 1 array, others scalars. */
function unwrap(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'number') {
    const [type, inner] = value as [number, unknown];
    if (type === 1 && Array.isArray(inner)) return inner.map(unwrap);
    return unwrap(inner);
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrap(v)]));
  return value;
}

/** Every object inside a value, depth first. */
function* objects(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v);
  else if (value && typeof value === 'object') {
    yield value as Record<string, unknown>;
    for (const v of Object.values(value)) yield* objects(v);
  }
}

const all = files(OUT_DIR);
const html = all.filter((f) => f.endsWith('.html'));
const scripts = all.filter((f) => /\.(m?js|json)$/.test(f));

test('the bank has certification items to protect', () => {
  expect(certification.length).toBeGreaterThan(50);
  expect(revealing.length).toBeGreaterThan(200);
  expect(html.length).toBeGreaterThan(30);
  expect(scripts.some((f) => f.includes('_astro'))).toBe(true);
});

test('no island on any page carries a certification key', () => {
  let checked = 0;
  for (const file of html) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/<astro-island[^>]*\sprops="([^"]*)"/g)) {
      const props = unwrap(JSON.parse(decodeEntities(match[1]!)));
      for (const o of objects(props)) {
        if (typeof o.id !== 'string' || !certIds.has(o.id)) continue;
        checked++;
        const where = `${relative(OUT_DIR, file)}: ${o.id}`;
        for (const key of ['correct', 'answer', 'feedback', 'pairs', 'keys'])
          expect(JSON.stringify(o), where).not.toContain(`"${key}"`);
        // Parts carry opaque ids only, never the authored a/b/c that the bank lists in key order.
        for (const list of ['options', 'lefts', 'rights', 'steps']) {
          for (const part of (o[list] as { id: string }[] | undefined) ?? [])
            expect(part.id, where).toMatch(/^p[0-9a-f]{12}$/);
        }
      }
      const flat = JSON.stringify(props);
      for (const t of revealing)
        expect(flat.includes(t), `${relative(OUT_DIR, file)}: "${t}"`).toBe(false);
    }
  }
  // Both exam pages list every certification item once.
  expect(checked).toBe(certification.length * 2);
});

test('no script bundle or JSON file carries a certification key', () => {
  for (const file of scripts) {
    const text = readFileSync(file, 'utf8');
    for (const t of revealing)
      expect(text.includes(t), `${relative(OUT_DIR, file)} holds "${t}"`).toBe(false);
    if (file.endsWith('.json')) {
      for (const o of objects(JSON.parse(text) as unknown)) {
        if (typeof o.id === 'string' && certIds.has(o.id))
          expect(JSON.stringify(o), `${relative(OUT_DIR, file)}: ${o.id}`).not.toMatch(
            /"(correct|answer|feedback)"/,
          );
      }
    }
  }
});
