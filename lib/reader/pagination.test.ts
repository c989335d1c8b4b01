import { describe, expect, it } from 'vitest';
import { pageHrefs, parsePageNumber } from './pagination';

describe('parsePageNumber', () => {
  it('accepts canonical positive integers only', () => {
    expect(parsePageNumber('2')).toBe(2);
    for (const bad of ['0', '02', '-1', '2.0', 'two', '', '9999999']) expect(parsePageNumber(bad)).toBeNull();
  });
});

describe('pageHrefs', () => {
  it('links page 2 of the home page back to / and on to /page/3', () => {
    expect(pageHrefs('/', 2, 3)).toEqual({ newerHref: '/', olderHref: '/page/3' });
  });
  it('has no newer link on page 1 and no older link on the last page', () => {
    expect(pageHrefs('/labels/quotes', 1, 2)).toEqual({ newerHref: undefined, olderHref: '/labels/quotes/page/2' });
    expect(pageHrefs('/labels/quotes', 2, 2)).toEqual({ newerHref: '/labels/quotes', olderHref: undefined });
  });
});
