// Page arithmetic shared by the paginated reader pages (labels, archive, search).

export interface PageWindow {
  page: number;
  pageCount: number;
  offset: number;
  limit: number;
  newerPage: number | null;
  olderPage: number | null;
}

/** The slice of a list of `total` items shown on `page` (1-based); pageCount is at least 1. */
export function pageWindow(total: number, perPage: number, page: number): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  return {
    page,
    pageCount,
    offset: (page - 1) * perPage,
    limit: perPage,
    newerPage: page > 1 ? page - 1 : null,
    olderPage: page < pageCount ? page + 1 : null,
  };
}

/** Whether `page` exists for a list of `total` items; an empty list has only page 1. */
export function isPageInRange(total: number, perPage: number, page: number): boolean {
  return page >= 1 && page <= Math.max(1, Math.ceil(total / perPage));
}

/**
 * A page number from a URL: only the canonical spelling of a whole number from `min` up
 * (no "02", "1.0" or "+3"), so each page has exactly one address.
 */
export function parsePageNumber(value: string | string[] | undefined, min = 1): number | null {
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return null;
  const page = Number(value);
  return page >= min ? page : null;
}

/** Every page number from 2 to pageCount, for generateStaticParams of /page/[n] routes. */
export function laterPages(pageCount: number): number[] {
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => i + 2);
}
