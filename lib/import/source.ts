// What every format is read into before anything is written: one shape for posts, pages and comments.

export type SourceStatus = 'draft' | 'published' | 'scheduled';

export interface SourceAuthor {
  name: string;
  /** A real address, or null (Blogger's noreply@blogger.com says nothing about who wrote it). */
  email: string | null;
}

export interface SourceComment {
  externalId: string;
  /** The comment it answers, by its external id; null at the top level. */
  parentExternalId: string | null;
  authorName: string;
  authorEmail: string | null;
  authorUrl: string | null;
  /** The comment as the old blog stored it (HTML or text); lib/import/comment-source.ts converts it. */
  html: string;
  createdAt: Date;
  status: 'approved' | 'pending' | 'spam';
}

export interface SourcePost {
  externalId: string;
  kind: 'post' | 'page';
  title: string;
  /** HTML ready for the sanitizer (WordPress paragraphs and shortcodes already turned into HTML). */
  html: string;
  excerpt: string;
  status: SourceStatus;
  /** When it went out (or is to); for a draft, when it was last written, or null. */
  publishedAt: Date | null;
  updatedAt: Date | null;
  /** The slug it had, or one made from the title. */
  slug: string;
  labels: string[];
  author: SourceAuthor;
  /** Its address on the old blog, when the file has one (the old host's images are fetched from it). */
  oldUrl?: string;
  /** Paths it had on the old host, each of which must lead to it here. */
  oldPaths: string[];
  /** WordPress keeps comments inside their post; Blogger lists them after every post. */
  comments: SourceComment[];
}

/** An item read from the file that will not be imported, and why (the summary lists it). */
export interface SourceSkip {
  kind: 'post' | 'page' | 'comment' | 'other';
  item: string;
  reason: string;
}

export type SourceRecord =
  | { type: 'post'; post: SourcePost }
  | { type: 'comment'; comment: SourceComment; postExternalIds: string[]; label: string }
  | { type: 'skip'; skip: SourceSkip }
  | { type: 'none' };

/** A date in the file, or null when it is missing or not a date (WordPress writes 0000-00-00 for "none"). */
export function parseDate(value: string | undefined): Date | null {
  if (!value || value.startsWith('0000')) return null;
  // WordPress writes "2013-01-11 20:22:19" (UTC for the _gmt fields).
  const iso = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(value) ? `${value.replace(' ', 'T')}Z` : value;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The path (and query) of an old URL, or null when it is not a URL. */
export function pathOf(url: string): string | null {
  try {
    const u = new URL(url, 'http://old.invalid');
    const p = u.pathname + u.search;
    return p === '/' ? null : p;
  } catch {
    return null;
  }
}
