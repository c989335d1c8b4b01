import render from 'dom-serializer';
import { findAll, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { slugify } from './slug';

export interface Heading {
  id: string;
  text: string;
  level: 2 | 3;
}

/**
 * Gives every h2/h3 an id from its text and every quote an id (`quote-1`, …), so a table of
 * contents and "link to this quote" have stable targets. Runs on sanitized HTML when a post is saved.
 */
export function addAnchors(html: string): string {
  const doc = parseDocument(html);
  const used = new Set<string>();
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };

  for (const heading of findAll((el) => el.name === 'h2' || el.name === 'h3', doc.children)) {
    heading.attribs.id = unique(slugify(textContent(heading), 60));
  }
  let quoteNumber = 0;
  for (const quote of findAll((el) => el.name === 'blockquote', doc.children)) {
    quote.attribs.id = unique(`quote-${++quoteNumber}`);
  }
  return render(doc, { encodeEntities: 'utf8' });
}

/** The h2/h3 headings of stored post HTML, in order, for a table of contents. */
export function extractHeadings(html: string): Heading[] {
  const doc = parseDocument(html);
  return findAll((el) => (el.name === 'h2' || el.name === 'h3') && !!el.attribs.id, doc.children).map((el) => ({
    id: el.attribs.id,
    text: textContent(el).trim(),
    level: el.name === 'h2' ? 2 : 3,
  }));
}
