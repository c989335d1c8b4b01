import { SaxesParser } from 'saxes';

// A test's reading of an XML file with saxes (the streaming parser the importer uses), into a small
// tree: well-formedness and namespaces are checked by the parser, text and CDATA are joined.

export interface XmlElement {
  /** The qualified name as written, e.g. `wp:post_id`. */
  name: string;
  /** The namespace URI the prefix resolves to ('' for none). */
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text and CDATA directly inside, joined. */
  text: string;
  /** How many CDATA sections held that text. */
  cdataSections: number;
}

export function readXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: '#document', uri: '', attributes: {}, children: [], text: '', cdataSections: 0 };
  const open: XmlElement[] = [root];
  const current = () => open[open.length - 1];
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      uri: tag.uri,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([name, attribute]) => [name, attribute.value])),
      children: [],
      text: '',
      cdataSections: 0,
    };
    current().children.push(element);
    open.push(element);
  });
  parser.on('closetag', () => void open.pop());
  parser.on('text', (text) => void (current().text += text));
  parser.on('cdata', (text) => {
    current().text += text;
    current().cdataSections += 1;
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return root;
}

export function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}

export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The text of a child element, trimmed of the layout whitespace around it only when it has no CDATA. */
export function field(element: XmlElement, name: string): string {
  const found = child(element, name);
  return found.cdataSections > 0 ? found.text : found.text.trim();
}
