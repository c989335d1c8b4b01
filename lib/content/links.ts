/**
 * What an author may link to from a post: web pages (http, https), e-mail (mailto) and
 * addresses on this blog (relative). The editor refuses anything else before it reaches the
 * server, whose sanitizer (lib/content/sanitize.ts) enforces the same list.
 */

// Browsers ignore tabs, newlines and other control characters inside a scheme ("java\tscript:").
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

export function isAllowedLinkHref(href: string): boolean {
  const compact = href.trim().replace(IGNORED_BY_BROWSERS, '');
  if (!compact) return false;
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  if (scheme) return LINK_SCHEMES.has(scheme) && compact.length > scheme.length + 1;
  // "//host" and "/\host" leave the site without naming a scheme; browsers treat "\" like "/".
  return !/^[/\\]{2}/.test(compact);
}

/** Sources of quotes and images from other sites: absolute web addresses only. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url.trim());
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && !!parsed.hostname;
  } catch {
    return false;
  }
}

/**
 * Turns what an author typed into a link target, or null when it cannot be one.
 * "example.com/page" becomes "https://example.com/page", "someone@example.com" a mailto link.
 */
export function normalizeLinkInput(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  if (EMAIL.test(value)) return `mailto:${value}`;
  if (DOMAIN_LIKE.test(value)) return `https://${value}`;
  return isAllowedLinkHref(value) ? value : null;
}

const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
// A host name with a dot and no scheme ("example.com", "example.com:8080/page").
const DOMAIN_LIKE = /^[^\s/@:?#.][^\s/@:?#]*\.[a-z]{2,}(:\d+)?([/?#]\S*)?$/i;

// Query parameters that only tell another site where a reader came from.
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_eid|mc_cid|igshid|_hsenc|_hsmi|yclid|ref_src)$/i;

/** A pasted link without its tracking parameters; anything that is not an absolute web URL is returned as is. */
export function stripTrackingParams(href: string): string {
  if (!isWebUrl(href)) return href;
  const url = new URL(href.trim());
  const names = [...url.searchParams.keys()];
  const tracking = names.filter((name) => TRACKING_PARAM.test(name));
  if (tracking.length === 0) return href;
  for (const name of tracking) url.searchParams.delete(name);
  return url.toString();
}
