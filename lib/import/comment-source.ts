import { Element, Text, type ChildNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * Turns a comment as the old blog stored it (HTML on Blogger, text with a little HTML on WordPress)
 * into Inkwell's plain comment text (lib/content/comment-text.ts): paragraphs by blank lines, quotes
 * as `>` lines, links as their address (written after the link text when it differs), so rendering
 * gives the same paragraphs, quotes and links a reader would type. Everything else is its text.
 */
export function commentHtmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true });
  return tidy(convert(doc.children));
}

function convert(nodes: ChildNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node instanceof Text) out += node.data;
    else if (node instanceof Element) out += element(node);
  }
  return out;
}

function element(el: Element): string {
  switch (el.name) {
    case 'br':
      return '\n';
    case 'p':
    case 'div':
    case 'ul':
    case 'ol':
      return `\n\n${convert(el.children).trim()}\n\n`;
    case 'li':
      return `\n- ${convert(el.children).trim()}`;
    case 'blockquote': {
      const inner = tidy(convert(el.children));
      return `\n\n${inner
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n')}\n\n`;
    }
    case 'a': {
      const text = convert(el.children).trim();
      const href = el.attribs.href ?? '';
      if (!/^https?:\/\//i.test(href)) return text;
      return !text || text === href || href.endsWith(text) ? href : `${text} (${href})`;
    }
    case 'script':
    case 'style':
      return '';
    default:
      return convert(el.children);
  }
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
