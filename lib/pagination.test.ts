import { describe, expect, it } from 'vitest';
import { isPageInRange, laterPages, pageWindow, parsePageNumber } from './pagination';

describe('pageWindow', () => {
  it('slices a list into pages with newer and older neighbours', () => {
    expect(pageWindow(25, 10, 1)).toEqual({ page: 1, pageCount: 3, offset: 0, limit: 10, newerPage: null, olderPage: 2 });
    expect(pageWindow(25, 10, 2)).toMatchObject({ offset: 10, newerPage: 1, olderPage: 3 });
    expect(pageWindow(25, 10, 3)).toMatchObject({ offset: 20, newerPage: 2, olderPage: null });
  });

  it('has one page for an exact fit and for an empty list', () => {
    expect(pageWindow(10, 10, 1)).toMatchObject({ pageCount: 1, olderPage: null });
    expect(pageWindow(0, 10, 1)).toMatchObject({ pageCount: 1, olderPage: null, newerPage: null });
  });
});

describe('isPageInRange', () => {
  it('knows the last page', () => {
    expect(isPageInRange(11, 10, 2)).toBe(true);
    expect(isPageInRange(10, 10, 2)).toBe(false);
    expect(isPageInRange(0, 10, 1)).toBe(true);
    expect(isPageInRange(5, 10, 0)).toBe(false);
  });
});

describe('parsePageNumber', () => {
  it('accepts only the canonical spelling of a page number', () => {
    expect(parsePageNumber('2')).toBe(2);
    expect(parsePageNumber('137')).toBe(137);
    for (const bad of ['0', '02', '-1', '1.5', '2e3', ' 2', 'two', '', '9999999']) expect(parsePageNumber(bad)).toBeNull();
    expect(parsePageNumber(undefined)).toBeNull();
    expect(parsePageNumber(['2', '3'])).toBeNull();
  });

  it('can require a minimum, for /page/[n] routes where page 1 has its own address', () => {
    expect(parsePageNumber('1', 2)).toBeNull();
    expect(parsePageNumber('2', 2)).toBe(2);
  });
});

describe('laterPages', () => {
  it('lists the pages after the first', () => {
    expect(laterPages(1)).toEqual([]);
    expect(laterPages(3)).toEqual([2, 3]);
  });
});
