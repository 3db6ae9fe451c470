/**
 * Formatting for strings that travel as island props. Props are serialised into the HTML, so
 * such strings are templates, not functions: `fill('{n} von 100', { n: 80 })`. The scorer
 * fills its finding messages with the same function.
 */

/**
 * Replaces each `{name}` with its value; an unknown name stays visible so a typo shows up.
 * A function replacement, so "$&" or "$1" in a value (user text) is never interpreted.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A counted phrase; both our languages need only "one" and "other". */
export interface Plural {
  one: string;
  other: string;
}

export function plural(forms: Plural, n: number): string {
  return fill(n === 1 ? forms.one : forms.other, { n });
}
