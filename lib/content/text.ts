import { decodeHTML } from 'entities';
import sanitizeHtml from 'sanitize-html';

const BLOCK_END = /<\/(p|h[1-6]|li|blockquote|figcaption|pre|div)>|<br\s*\/?>/gi;

/** Plain text of an HTML fragment, with block boundaries kept as line breaks. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(BLOCK_END, (m) => `${m}\n`);
  const stripped = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return decodeHTML(stripped)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

// A comfortable pace for reading prose on screen.
const WORDS_PER_MINUTE = 230;

/** Whole minutes to read a text of `wordCount` words, never less than one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** A summary of at most `maxLength` characters, cut at a word boundary. */
export function makeExcerpt(text: string, maxLength = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  // One character is kept for the ellipsis; a cut that lands on a space ends a whole word.
  const room = maxLength - 1;
  const cut = flat.slice(0, room);
  const lastSpace = flat[room] === ' ' ? room : cut.lastIndexOf(' ');
  const atWord = lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.replace(/[\s,;:.!?—–-]+$/, '')}…`;
}
