import sanitizeHtml from 'sanitize-html';

/**
 * The one allowlist for post HTML. The editor, imports and seeds all store what this returns;
 * post pages render the stored HTML as is, so nothing outside this list can reach a reader.
 */
const POST_HTML_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    's',
    'u',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'figure',
    'figcaption',
    'cite',
    'code',
    'pre',
    'hr',
    'img',
    'sub',
    'sup',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    blockquote: ['cite', 'id'],
    img: ['src', 'alt', 'width', 'height', 'srcset', 'sizes'],
    ol: ['start'],
    pre: ['tabindex'],
    h2: ['id'],
    h3: ['id'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'], blockquote: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  // Posts have one h1 (the title); headings in the body start at h2.
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    b: 'strong',
    i: 'em',
    strike: 's',
    del: 's',
    // A code block can scroll sideways; keyboard users must be able to focus it to scroll.
    pre: () => ({ tagName: 'pre', attribs: { tabindex: '0' } }),
    a: (tagName, attribs) => ({
      tagName,
      // Outbound links never hand the reader's window to the other site.
      attribs: { ...attribs, rel: /^https?:/i.test(attribs.href ?? '') ? 'noopener' : '' },
    }),
  },
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template'],
  exclusiveFilter: (frame) => frame.tag === 'p' && !frame.text.trim() && !frame.mediaChildren.length,
};

export function sanitizePostHtml(html: string): string {
  return sanitizeHtml(html, POST_HTML_OPTIONS).trim();
}
