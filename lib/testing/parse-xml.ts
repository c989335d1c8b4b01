import { XMLParser, XMLValidator } from 'fast-xml-parser';

// Elements that may repeat in RSS, Atom and sitemaps: always arrays, so one entry and many read alike.
// (Atom's <link> repeats but RSS's does not: tests read it through asArray.)
const REPEATED = new Set(['item', 'entry', 'category', 'dc:creator', 'author', 'url', 'atom:link']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => REPEATED.has(name),
});

/** Parses XML for tests, failing on anything that is not well-formed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests walk feeds of several shapes
export function parseXml(xml: string): any {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return parser.parse(xml);
}

/** The text of an element that may carry attributes (`{ '#text': ..., '@attr': ... }`) or none. */
export function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object' && '#text' in node) return String((node as { '#text': unknown })['#text']);
  return '';
}

export function asArray<T>(node: T | T[] | undefined): T[] {
  return node === undefined ? [] : Array.isArray(node) ? node : [node];
}
