import sanitizeHtml from 'sanitize-html';

// Attributes that hold one URL. `srcset` holds several and is handled on its own.
const URL_ATTRIBUTES = ['href', 'src', 'cite'] as const;

/** Resolves `url` against `pageUrl`; anything that is not a URL is left as it was. */
function absolute(url: string, pageUrl: string): string {
  try {
    return new URL(url.trim(), pageUrl).toString();
  } catch {
    return url;
  }
}

/**
 * Rewrites every candidate of a srcset ("a.jpg 1x, b.jpg 2x"). Follows the HTML parsing rules: a
 * candidate's URL runs to the next whitespace, and commas at its end separate it from the next one.
 */
export function absolutizeSrcset(srcset: string, pageUrl: string): string {
  const candidates: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) break;
    const rawUrl = rest.match(/^\S+/)![0];
    rest = rest.slice(rawUrl.length);
    let descriptors = '';
    if (!rawUrl.endsWith(',')) {
      descriptors = rest.match(/^[^,]*/)![0].trim();
      rest = rest.replace(/^[^,]*/, '');
    }
    const url = absolute(rawUrl.replace(/,+$/, ''), pageUrl);
    candidates.push(descriptors ? `${url} ${descriptors}` : url);
  }
  return candidates.join(', ');
}

/**
 * Makes every URL in a post body absolute, resolved against the post's own address as a browser
 * would. Feed readers show the body away from the blog, where a relative link or image breaks.
 * The body is already sanitized; this only rewrites URL attributes and keeps everything else.
 */
export function absolutizeHtmlUrls(html: string, pageUrl: string): string {
  return sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    // Allowing every tag would include <script> and <style>, and sanitize-html warns about it. The body
    // was sanitized when it was saved and holds neither; this pass adds nothing, it only rewrites URLs.
    allowVulnerableTags: true,
    transformTags: {
      '*': (tagName, attribs) => {
        const rewritten = { ...attribs };
        for (const name of URL_ATTRIBUTES) {
          if (rewritten[name] !== undefined) rewritten[name] = absolute(rewritten[name], pageUrl);
        }
        if (rewritten.srcset !== undefined) rewritten.srcset = absolutizeSrcset(rewritten.srcset, pageUrl);
        return { tagName, attribs: rewritten };
      },
    },
  });
}
