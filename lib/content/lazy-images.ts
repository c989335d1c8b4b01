import render from 'dom-serializer';
import { findAll } from 'domutils';
import { parseDocument } from 'htmlparser2';

/**
 * Marks every image of a post body but the first `loading="lazy"` (and `decoding="async"`), so a
 * first visit downloads the images in view, not every image of a long post. The first is left
 * eager: it is often the largest thing on screen, and a lazy one would be fetched late.
 * Applied when a body is rendered (components/post/PostBody.tsx), so posts stored before this
 * get it too; the stored HTML, feeds and exports stay as written (docs/page-weight.md).
 */
export function lazyLoadImages(html: string): string {
  if (!html.includes('<img')) return html;
  const doc = parseDocument(html);
  const [, ...later] = findAll((el) => el.name === 'img', doc.children);
  if (later.length === 0) return html;
  for (const img of later) {
    img.attribs.loading = 'lazy';
    img.attribs.decoding = 'async';
  }
  return render(doc, { encodeEntities: 'utf8' });
}
