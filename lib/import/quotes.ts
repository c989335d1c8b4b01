import render from 'dom-serializer';
import { Element, Text, type ChildNode } from 'domhandler';
import { findAll, getText, removeElement, replaceElement } from 'domutils';
import { parseDocument } from 'htmlparser2';

/**
 * Gives quotes that name their source Inkwell's quote figure (docs/editor.md):
 * `<figure><blockquote cite="URL">…</blockquote><figcaption>— <cite>Source</cite></figcaption></figure>`.
 * The old blogs wrote a source in several ways: a `cite` attribute, a `<cite>` or `<footer>` at the
 * end of the quote (WordPress's quote and pull-quote blocks), or a last line starting with a dash.
 * A quote with no source stays a plain blockquote.
 */
export function quotesToFigures(html: string): string {
  if (!/<blockquote/i.test(html)) return html;
  const doc = parseDocument(html, { decodeEntities: true });
  for (const quote of findAll((el) => el.name === 'blockquote', doc.children)) {
    const url = /^https?:\/\//i.test(quote.attribs.cite ?? '') ? quote.attribs.cite : '';
    const wrapper = quote.parent instanceof Element && quote.parent.name === 'figure' ? quote.parent : null;
    // Inkwell's own figure (an Inkwell export) and WordPress's figures name the source in the figcaption.
    const name = takeSourceName(quote) || takeFollowingSource(quote) || (wrapper ? captionName(wrapper) : '');
    if (!name && !url) continue;
    const source = name || hostname(url);
    const blockquote = new Element('blockquote', url ? { cite: url } : {}, quote.children);
    const caption = new Element('figcaption', {}, [new Text('— '), new Element('cite', {}, [new Text(source)])]);
    const figure = new Element('figure', {}, [blockquote, caption]);
    for (const c of blockquote.children) c.parent = blockquote;
    if (wrapper) {
      // A figure around the quote (a pull quote) is the quote's figure: keep one.
      for (const c of findAll((el) => el.name === 'figcaption', wrapper.children)) removeElement(c);
      replaceElement(wrapper, figure);
    } else replaceElement(quote, figure);
  }
  return render(doc, { decodeEntities: false, encodeEntities: 'utf8' });
}

function captionName(figure: Element): string {
  const caption = figure.children.find((c): c is Element => c instanceof Element && c.name === 'figcaption');
  if (!caption) return '';
  const cite = findAll((el) => el.name === 'cite', caption.children)[0];
  return getText(cite ?? caption)
    .replace(DASH, '')
    .trim();
}

function hostname(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** A paragraph right after the quote that starts with its `<cite>` ("<cite>MDN</cite> - reference"). */
function takeFollowingSource(quote: Element): string {
  let next = quote.next;
  while (next instanceof Text && !next.data.trim()) next = next.next;
  if (!(next instanceof Element) || next.name !== 'p') return '';
  const first = next.children.find((c) => !(c instanceof Text && !c.data.trim()));
  if (!(first instanceof Element) || first.name !== 'cite') return '';
  const text = getText(next).replace(/\s+/g, ' ').trim();
  if (text.length > 200) return '';
  removeElement(next);
  return text;
}

const DASH = /^\s*(?:—|–|―|-{1,2})\s*/;

/** Removes the source line from the quote and returns its text, or '' when the quote names none. */
function takeSourceName(quote: Element): string {
  const kids = quote.children.filter((c) => !(c instanceof Text && !c.data.trim()));
  const last = kids[kids.length - 1] as ChildNode | undefined;
  if (!(last instanceof Element)) return '';
  if (last.name === 'cite' || last.name === 'footer') {
    removeElement(last);
    return getText(last).replace(DASH, '').trim();
  }
  // A last line "— Someone" after a line break in the last paragraph (what wpautop makes of it).
  if (last.name === 'p') {
    const breaks = last.children.filter((c) => c instanceof Element && c.name === 'br');
    const lastBreak = breaks[breaks.length - 1];
    if (lastBreak) {
      const tail = last.children.slice(last.children.indexOf(lastBreak) + 1);
      const text = tail
        .map((n) => getText(n))
        .join('')
        .trim();
      if (DASH.test(text) && text.length < 200) {
        for (const n of [lastBreak, ...tail]) removeElement(n);
        return text.replace(DASH, '').trim();
      }
    }
  }
  // A last paragraph that is only "— Someone" (or "<cite>Someone</cite>"), after at least one other.
  if (last.name === 'p' && kids.length > 1) {
    const text = getText(last).trim();
    const onlyCite = last.children.length === 1 && last.children[0] instanceof Element && last.children[0].name === 'cite';
    if ((DASH.test(text) && text.length < 200) || onlyCite) {
      removeElement(last);
      return text.replace(DASH, '').trim();
    }
  }
  return '';
}
