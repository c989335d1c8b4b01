import type { Metadata } from 'next';
import { feedAlternateTypes } from '@/lib/feeds/formats';

/**
 * A page's canonical URL together with the blog's feed links. Next replaces the layout's whole
 * `alternates` when a page sets its own, so every page with a canonical link uses this.
 */
export function pageAlternates(canonical: string, blogTitle: string): Metadata['alternates'] {
  return { canonical, types: feedAlternateTypes(blogTitle) };
}
