import { describe, expect, it } from 'vitest';
import { readerPathSubject } from './path-subject';

describe('readerPathSubject', () => {
  it.each([
    ['/posts/a-post', { kind: 'post', slug: 'a-post' }],
    ['/about', { kind: 'page', slug: 'about' }],
    ['/reading-list-2024', { kind: 'page', slug: 'reading-list-2024' }],
    ['/posts/a-post/opengraph-image-1tl6ux', { kind: 'post', slug: 'a-post' }],
    ['/labels/quotes', { kind: 'label', slug: 'quotes', page: 1 }],
    ['/labels/quotes/page/3', { kind: 'label', slug: 'quotes', page: 3 }],
    ['/labels/quotes/feed.xml', { kind: 'label', slug: 'quotes', page: 1 }],
    ['/page/2', { kind: 'post-list', page: 2 }],
    ['/archive/2021', { kind: 'archive', period: { year: 2021, month: null }, page: 1 }],
    ['/archive/2021/page/2', { kind: 'archive', period: { year: 2021, month: null }, page: 2 }],
    ['/archive/2021/03', { kind: 'archive', period: { year: 2021, month: 3 }, page: 1 }],
    ['/archive/2021/03/page/4', { kind: 'archive', period: { year: 2021, month: 3 }, page: 4 }],
  ])('%s names something to look up', (path, subject) => {
    expect(readerPathSubject(path)).toEqual(subject);
  });

  it.each([
    '/posts/Not_A_Slug',
    '/About',
    '/about.html',
    '/posts/caf%C3%A9',
    `/posts/${'a'.repeat(81)}`,
    '/labels/UPPER',
    '/labels/quotes/page/1',
    '/labels/quotes/page/02',
    '/labels/quotes/page/x',
    '/page/1',
    '/page/9999999',
    '/archive/99',
    '/archive/2021/13',
    '/archive/2021/3',
    '/archive/2021/page',
    '/archive/2021/03/page/1',
  ])('%s cannot name anything: a 404 without a lookup', (path) => {
    expect(readerPathSubject(path)).toEqual({ kind: 'malformed' });
  });

  it.each(['/', '/posts', '/posts/', '/labels', '/archive', '/search', '/feed.xml', '/labels/quotes/unknown', '/page/2/extra'])(
    '%s is not checked (no page caches anything per value there)',
    (path) => {
      expect(readerPathSubject(path)).toBeNull();
    },
  );
});
