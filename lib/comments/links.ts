import LinkifyIt from 'linkify-it';

const linkify = new LinkifyIt();

/** How many web addresses the texts contain, as the comment renderer would link them. */
export function countLinks(texts: (string | null)[]): number {
  return texts.reduce((n, text) => n + (text ? (linkify.match(text)?.length ?? 0) : 0), 0);
}
