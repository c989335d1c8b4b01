import { SaxesParser, type SaxesTagNS } from 'saxes';

/** One element of a record, as small a tree as the formats need: no mixed content. */
export interface XmlElement {
  /** Namespace URI and local name, e.g. `http://wordpress.org/export/1.2/` + `post_id`. */
  uri: string;
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text and CDATA directly inside the element. */
  text: string;
  line: number;
}

/** The file is not well-formed XML, or stops in the middle; `line` is where the parser was. */
export class XmlProblem extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly truncated: boolean,
  ) {
    super(message);
  }
}

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  app: 'http://purl.org/atom/app#',
  thr: 'http://purl.org/syndication/thread/1.0',
  gd: 'http://schemas.google.com/g/2005',
  blogger: 'http://schemas.google.com/blogger/2018',
  content: 'http://purl.org/rss/1.0/modules/content/',
  excerpt: 'http://wordpress.org/export/1.2/excerpt/',
  dc: 'http://purl.org/dc/elements/1.1/',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  wp: 'http://wordpress.org/export/1.2/',
  openSearch: 'http://a9.com/-/spec/opensearchrss/1.0/',
  georss: 'http://www.georss.org/georss',
} as const;

// Re-serialised exports drop namespace declarations (Blogger's `app:` is declared on the element that
// uses it, and is the first to go). These prefixes mean one thing in every export seen, so they are
// read as that and the import says so, instead of refusing a file that is otherwise fine.
const KNOWN_PREFIXES: Record<string, string> = { ...NS, excerpt: NS.excerpt };

// WordPress has written its namespaces with http and https, and versions 1.0 to 1.2: one meaning.
function canonicalUri(uri: string): string {
  const wp = /^https?:\/\/wordpress\.org\/export\/1\.\d\/(excerpt\/)?$/.exec(uri);
  if (wp) return wp[1] ? NS.excerpt : NS.wp;
  return uri;
}

export interface RecordReader {
  /**
   * Feeds the next piece of the file; returns the records completed in it, even when the piece goes
   * on to be malformed (`rethrow` then throws, once those records are handled).
   */
  write(chunk: string): XmlElement[];
  rethrow(): void;
  /** The end of the file: throws XmlProblem when it stopped inside an element. */
  close(): XmlElement[];
  /** The root element's namespace and name, once seen. */
  root(): { uri: string; local: string } | null;
  /** Problems recovered from, for the summary ("undeclared prefix app:", "undefined entity &nbsp;"). */
  warnings(): string[];
}

/**
 * Streams XML and hands back each element at `recordDepth` (1 = children of the root) as a small
 * tree once it is closed; nothing else of the file is kept. A WordPress `<item>` sits at depth 2
 * (rss › channel › item), a Blogger `<entry>` at depth 1.
 */
export function createRecordReader(recordDepth: (root: { uri: string; local: string }) => number): RecordReader {
  const parser = new SaxesParser({ xmlns: true, position: true, resolvePrefix: (prefix: string) => undeclared(prefix) });
  const warned = new Set<string>();
  let done: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let depth = -1;
  let rootName: { uri: string; local: string } | null = null;
  let wanted = 1;
  let failure: XmlProblem | null = null;

  function undeclared(prefix: string): string | undefined {
    const uri = KNOWN_PREFIXES[prefix];
    if (uri) warned.add(`The prefix "${prefix}:" is used without being declared; it was read as ${uri}.`);
    return uri;
  }

  parser.on('error', (error) => {
    // Named HTML entities (&nbsp;, &eacute;) are not XML, but they turn up in hand-edited exports. The
    // parser keeps them as written, and the HTML they sit in decodes them later.
    if (/undefined entity/.test(error.message)) {
      warned.add('The file uses HTML entities that XML does not define (like &nbsp;); they were kept as HTML.');
      return;
    }
    throw new XmlProblem(
      `Not well-formed XML at line ${parser.line}: ${error.message.replace(/^(?:.*?:)?\d+:\d+: /, '')}`,
      parser.line,
      false,
    );
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    depth++;
    if (depth === 0) {
      rootName = { uri: tag.uri, local: tag.local };
      wanted = recordDepth(rootName);
      return;
    }
    if (depth < wanted) return;
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) attrs[attr.local] = attr.value;
    const element: XmlElement = {
      uri: canonicalUri(tag.uri),
      local: tag.local,
      attrs,
      children: [],
      text: '',
      line: parser.line,
    };
    if (stack.length) stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  const onText = (text: string) => {
    if (stack.length) stack[stack.length - 1].text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (depth >= wanted) {
      const element = stack.pop()!;
      if (depth === wanted) done.push(element);
    }
    depth--;
  });

  const take = () => {
    const records = done;
    done = [];
    return records;
  };

  return {
    write(chunk) {
      if (failure) return [];
      try {
        parser.write(chunk);
      } catch (error) {
        failure =
          error instanceof XmlProblem
            ? error
            : new XmlProblem(
                `Not well-formed XML at line ${parser.line}: ${(error as Error).message.replace(/^(?:.*?:)?\d+:\d+: /, '')}`,
                parser.line,
                false,
              );
      }
      return take();
    },
    rethrow() {
      if (failure) throw failure;
    },
    close() {
      if (failure) throw failure;
      if (depth >= 0) {
        const open = stack[0];
        const where = open ? `inside <${open.local}> that starts at line ${open.line}` : 'before its last closing tag';
        throw new XmlProblem(`The file ends ${where}: it looks cut off (truncated).`, parser.line, true);
      }
      try {
        parser.close();
      } catch (error) {
        if (error instanceof XmlProblem) throw error;
        throw new XmlProblem(`The file ends unexpectedly: ${(error as Error).message}`, parser.line, true);
      }
      return take();
    },
    root: () => rootName,
    warnings: () => [...warned],
  };
}

// Small readers over a record's tree, so the format mappings read like the formats.
export function child(el: XmlElement, uri: string, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local && c.uri === uri);
}
export function childrenOf(el: XmlElement, uri: string, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local && c.uri === uri);
}
export function textOf(el: XmlElement, uri: string, local: string): string {
  return child(el, uri, local)?.text.trim() ?? '';
}
