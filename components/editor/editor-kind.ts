import type { PostKind } from '@/db/schema';

/**
 * What differs between the editor of posts and the editor of pages (About, Contact): the words, where
 * they live in the back office, and their address on the blog. Everything else is the same editor.
 */
export interface EditorKind {
  noun: 'post' | 'page';
  /** The back office's list and editor addresses: `${adminPath}/<id>`. */
  adminPath: '/admin/posts' | '/admin/pages';
  /** The address readers open. */
  address: (slug: string) => string;
  /** Pages have no labels, cover image or publication date: they stand outside the stream. */
  inStream: boolean;
}

export const EDITOR_KINDS: Record<PostKind, EditorKind> = {
  post: { noun: 'post', adminPath: '/admin/posts', address: (slug) => `/posts/${slug}`, inStream: true },
  page: { noun: 'page', adminPath: '/admin/pages', address: (slug) => `/${slug}`, inStream: false },
};
