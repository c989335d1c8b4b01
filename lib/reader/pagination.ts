/**
 * Parses a page number from a URL segment: a positive integer written canonically
 * ("2", not "02" or "2.0"). Returns null for anything else, which pages turn into a 404.
 */
export function parsePageNumber(segment: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(segment)) return null;
  return Number(segment);
}

/** Links to the neighbouring pages of a list whose page 1 lives at `basePath`. */
export function pageHrefs(basePath: string, page: number, pageCount: number) {
  const base = basePath === '/' ? '' : basePath;
  const href = (n: number) => (n === 1 ? basePath : `${base}/page/${n}`);
  return {
    newerHref: page > 1 ? href(page - 1) : undefined,
    olderHref: page < pageCount ? href(page + 1) : undefined,
  };
}
