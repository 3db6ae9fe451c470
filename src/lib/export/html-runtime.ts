/**
 * A tiny JSX runtime that renders to HTML strings, for compiling lesson MDX outside Astro.
 * Every text child and attribute value is escaped; only markup produced by this runtime itself
 * (wrapped in `Html`) is passed through unescaped, so content text can never become HTML.
 */
import { esc } from './xml';

/** Markup produced by the runtime; the only thing inserted without escaping. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Props = Record<string, unknown> & { children?: unknown };
type Component = (props: Props) => unknown;

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'wbr', 'source']);
/** Elements that could run code or load something: never in static lesson HTML. */
const BLOCKED = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
]);
const ATTR_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for' };

/** Renders any child (string, number, Html, array, null) to HTML, escaping text. */
export function renderChildren(children: unknown): string {
  if (children === null || children === undefined || children === false || children === true)
    return '';
  if (children instanceof Html) return children.value;
  if (Array.isArray(children)) return children.map(renderChildren).join('');
  if (typeof children === 'string' || typeof children === 'number') return esc(children);
  throw new Error(`lesson MDX: cannot render a child of type ${typeof children}`);
}

function attributes(props: Props): string {
  let out = '';
  for (const [key, value] of Object.entries(props)) {
    if (key === 'children' || value === undefined || value === null || value === false) continue;
    if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(key) || /^on/i.test(key)) {
      // Event handlers and odd names have no place in static lesson HTML.
      throw new Error(`lesson MDX: attribute "${key}" is not allowed`);
    }
    if (typeof value !== 'string' && typeof value !== 'number' && value !== true) {
      throw new Error(`lesson MDX: attribute "${key}" must be text`);
    }
    const name = ATTR_NAMES[key] ?? key;
    out += value === true ? ` ${name}` : ` ${name}="${esc(value)}"`;
  }
  return out;
}

/** The automatic-runtime entry point (`jsx` and `jsxs` are the same for strings). */
export function jsx(type: string | Component | symbol, props: Props): Html {
  if (type === Fragment) return new Html(renderChildren(props.children));
  if (typeof type === 'function') {
    const result = type(props);
    return result instanceof Html ? result : new Html(renderChildren(result));
  }
  if (typeof type !== 'string' || !/^[a-z][a-z0-9]*$/.test(type) || BLOCKED.has(type)) {
    throw new Error(`lesson MDX: unknown element <${String(type)}>`);
  }
  const open = `<${type}${attributes(props)}>`;
  if (VOID.has(type)) return new Html(open);
  return new Html(`${open}${renderChildren(props.children)}</${type}>`);
}
export const jsxs = jsx;
export const Fragment = Symbol('Fragment');
