/**
 * What an exported SVG or draw.io file must never contain, checked on the parsed document (not on
 * the text, where escaped user labels legitimately say "onerror="): it is well-formed XML, and has no
 * script or foreignObject element, no event attribute, no href and no url() or javascript: value.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

type XmlNode = Record<string, unknown>;

const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'image', 'use', 'a', 'style', 'link']);

export function parseXml(xml: string): XmlNode[] {
  const valid = XMLValidator.validate(xml);
  expect(valid, typeof valid === 'object' ? JSON.stringify(valid.err) : '').toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, parseAttributeValue: false, processEntities: true, htmlEntities: true }).parse(xml) as XmlNode[];
}

/** Every element with its attributes, depth first. */
export function* elements(nodes: XmlNode[]): Generator<{ name: string; attrs: Record<string, string>; children: XmlNode[] }> {
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node)) {
      if (key === ':@' || key === '#text') continue;
      const attrs = (node[':@'] ?? {}) as Record<string, string>;
      const children = (value ?? []) as XmlNode[];
      yield { name: key, attrs, children };
      yield* elements(children);
    }
  }
}

/** The text content of elements named `tag`, in document order. */
export function texts(nodes: XmlNode[], tag: string): string[] {
  const out: string[] = [];
  for (const el of elements(nodes)) {
    if (el.name !== tag) continue;
    out.push(el.children.map((c) => String(c['#text'] ?? '')).join(''));
  }
  return out;
}

/** `dataAttributes` hold user text as data (draw.io's value), exempt from the value checks. */
export function expectInertXml(xml: string, dataAttributes: readonly string[] = []): XmlNode[] {
  const doc = parseXml(xml);
  const problems: string[] = [];
  for (const el of elements(doc)) {
    if (el.name.startsWith('?')) continue;
    if (FORBIDDEN_ELEMENTS.has(el.name.toLowerCase())) problems.push(`<${el.name}>`);
    for (const [name, value] of Object.entries(el.attrs)) {
      if (/^on/i.test(name)) problems.push(`${el.name}@${name}`);
      if (/href$/i.test(name)) problems.push(`${el.name}@${name}`);
      if (!dataAttributes.includes(name) && /url\(|javascript:|https?:\/\/(?!www\.w3\.org\/)/i.test(String(value))) problems.push(`${el.name}@${name}=${String(value).slice(0, 60)}`);
    }
  }
  expect(problems).toEqual([]);
  return doc;
}
