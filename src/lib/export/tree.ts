/**
 * A minimal XML tree and serializer. Exports build trees instead of concatenating strings, so
 * every text and attribute value is escaped in one place.
 */
import { esc } from './xml';

export type XmlAttrs = Record<string, string | number | boolean | undefined>;
export interface XmlElement {
  name: string;
  attrs: XmlAttrs;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Builds an element; `undefined` attributes are left out, falsy children skipped. */
export function el(
  name: string,
  attrs: XmlAttrs = {},
  ...children: (XmlNode | XmlNode[] | false | null | undefined)[]
): XmlElement {
  const flat: XmlNode[] = [];
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    if (Array.isArray(child)) flat.push(...child);
    else flat.push(child);
  }
  return { name, attrs, children: flat };
}

export interface SerializeOptions {
  /** Renames elements and attributes (QTI 3 uses the QTI 2.1 names in kebab case). */
  elementName?: (name: string) => string;
  attrName?: (name: string) => string;
}

/** Serialises a tree with two-space indentation for element-only content. */
export function serialize(root: XmlElement, options: SerializeOptions = {}): string {
  const en = options.elementName ?? ((n: string) => n);
  const an = options.attrName ?? ((n: string) => n);
  const write = (node: XmlNode, indent: string): string => {
    if (typeof node === 'string') return esc(node);
    const attrs = Object.entries(node.attrs)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => ` ${an(k)}="${esc(String(v))}"`)
      .join('');
    const name = en(node.name);
    if (node.children.length === 0) return `<${name}${attrs}/>`;
    const mixed = node.children.some((c) => typeof c === 'string');
    if (mixed)
      return `<${name}${attrs}>${node.children.map((c) => write(c, '')).join('')}</${name}>`;
    const inner = indent + '  ';
    const body = node.children.map((c) => `\n${inner}${write(c, inner)}`).join('');
    return `<${name}${attrs}>${body}\n${indent}</${name}>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, '')}\n`;
}
