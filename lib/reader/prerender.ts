// What `next build` prerenders of each reader route with a parameter (a post, a list page, a label,
// an archive period): a bounded set, the newest or most used first, so a build takes as long with
// 100,000 posts as with 100. Every other path renders on its first request and is then cached like
// a prerendered one (docs/caching.md, docs/scale.md); Cache Components needs at least one per route.
export const PRERENDERED_PER_ROUTE = 20;

/** The first `PRERENDERED_PER_ROUTE` of a list already in order of importance. */
export function prerendered<T>(paths: readonly T[]): T[] {
  return paths.slice(0, PRERENDERED_PER_ROUTE);
}

/** Later pages (2…) of a list to prerender: at most PRERENDERED_PER_ROUTE of them, from page 2. */
export function prerenderedPageCount(pageCount: number): number {
  return Math.min(pageCount, PRERENDERED_PER_ROUTE + 1);
}
