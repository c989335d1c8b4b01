import { decodeHTML } from 'entities';
import { slugFromTitle } from '@/lib/posts/slug';
import { slugify } from '@/lib/content/slug';
import { OLD_PATH_META_KEY } from '@/lib/export/formats';
import { child, childrenOf, NS, textOf, type XmlElement } from './xml-records';
import { parseDate, pathOf, type SourceComment, type SourceRecord, type SourceSkip, type SourceStatus } from './source';
import { wordpressContentToHtml } from './wp-content';

/** A WordPress WXR file (RSS 2.0 with wp: fields), item by item. See ../shared/IMPORT-FORMATS.md. */

export interface WxrChannel {
  baseSiteUrl: string;
  /** wp:author entries by login: dc:creator names a login. */
  authors: Map<string, { name: string; email: string | null }>;
}

export const newChannel = (): WxrChannel => ({ baseSiteUrl: '', authors: new Map() });

/** Reads the channel-level records that come before the items (site URL, authors). */
export function readChannelRecord(record: XmlElement, channel: WxrChannel): boolean {
  // The blog's own address names its items; base_site_url is the network's (wordpress.com for every
  // WordPress.com blog), used only when a file has no base_blog_url.
  if (record.uri === NS.wp && record.local === 'base_blog_url') {
    channel.baseSiteUrl = record.text.trim().replace(/\/+$/, '');
    return true;
  }
  if (record.uri === NS.wp && record.local === 'base_site_url') {
    channel.baseSiteUrl ||= record.text.trim().replace(/\/+$/, '');
    return true;
  }
  if (record.uri === NS.wp && record.local === 'author') {
    const login = textOf(record, NS.wp, 'author_login');
    channel.authors.set(login, {
      name: textOf(record, NS.wp, 'author_display_name') || login,
      email: textOf(record, NS.wp, 'author_email') || null,
    });
    return true;
  }
  return false;
}

const ids = (channel: WxrChannel) => ({
  post: (id: string) => `wxr:${channel.baseSiteUrl}:post:${id}`,
  comment: (id: string) => `wxr:${channel.baseSiteUrl}:comment:${id}`,
});

const STATUS: Record<string, SourceStatus> = {
  publish: 'published',
  future: 'scheduled',
  draft: 'draft',
  pending: 'draft',
  // Private posts are not public on WordPress either: they come in as drafts for their author.
  private: 'draft',
};

function readComment(c: XmlElement, channel: WxrChannel, postTitle: string): SourceComment | SourceSkip {
  // WordPress stores commenters' names HTML-escaped ("Ping 1 &laquo; What&#8217;s…").
  const rawName = textOf(c, NS.wp, 'comment_author');
  const name = (/&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(rawName) ? decodeHTML(rawName) : rawName) || 'Anonymous';
  const item = `comment by ${name} on ${postTitle}`;
  const type = textOf(c, NS.wp, 'comment_type');
  if (type === 'pingback' || type === 'trackback') return { kind: 'comment', item, reason: type };
  const approved = textOf(c, NS.wp, 'comment_approved');
  if (approved === 'trash' || approved === 'post-trashed') return { kind: 'comment', item, reason: 'in the trash' };
  const status = approved === '1' ? 'approved' : approved === 'spam' ? 'spam' : approved === '0' ? 'pending' : null;
  if (!status) return { kind: 'comment', item, reason: `status "${approved}"` };
  const createdAt = parseDate(textOf(c, NS.wp, 'comment_date_gmt')) ?? parseDate(textOf(c, NS.wp, 'comment_date'));
  if (!createdAt) return { kind: 'comment', item, reason: 'it has no date' };
  const parent = textOf(c, NS.wp, 'comment_parent');
  return {
    externalId: ids(channel).comment(textOf(c, NS.wp, 'comment_id')),
    parentExternalId: parent && parent !== '0' ? ids(channel).comment(parent) : null,
    authorName: name,
    authorEmail: textOf(c, NS.wp, 'comment_author_email') || null,
    authorUrl: textOf(c, NS.wp, 'comment_author_url') || null,
    html: child(c, NS.wp, 'comment_content')?.text ?? '',
    createdAt,
    status,
  };
}

/** One `<item>`: a post or page with its comments, or what is skipped and why. */
export function readItem(
  item: XmlElement,
  channel: WxrChannel,
  now: Date,
): { record: SourceRecord; skips: SourceSkip[]; notes?: string[] } {
  const none = { record: { type: 'none' } as SourceRecord, skips: [] };
  if (item.local !== 'item' || item.uri !== '') return none;
  const type = textOf(item, NS.wp, 'post_type');
  if (type !== 'post' && type !== 'page') return none;
  const kind = type;
  // WordPress titles are HTML (&#8217; and friends): shown as text here, so decoded once more.
  const rawTitle = textOf(item, '', 'title');
  const title = /&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(rawTitle) ? decodeHTML(rawTitle) : rawTitle;
  const name = title || '(untitled)';
  const rawStatus = textOf(item, NS.wp, 'status');
  if (rawStatus === 'trash') return { record: { type: 'skip', skip: { kind, item: name, reason: 'in the trash' } }, skips: [] };
  const status = STATUS[rawStatus];
  if (!status) return { record: { type: 'skip', skip: { kind, item: name, reason: `status "${rawStatus}"` } }, skips: [] };

  const postId = textOf(item, NS.wp, 'post_id');
  // A password-protected post was not public: it comes in as a draft (Inkwell has no post passwords).
  const passwordProtected = textOf(item, NS.wp, 'post_password') !== '';
  const skips: SourceSkip[] = [];
  const notes = passwordProtected ? [`“${name}” is password-protected on WordPress: imported as a draft, not published.`] : [];
  const date = parseDate(textOf(item, NS.wp, 'post_date_gmt')) ?? parseDate(textOf(item, NS.wp, 'post_date'));
  const link = textOf(item, '', 'link');
  const oldPaths = new Set<string>();
  const linkPath = link ? pathOf(link) : null;
  if (linkPath && status === 'published') oldPaths.add(linkPath);
  if (postId) oldPaths.add(kind === 'page' ? `/?page_id=${postId}` : `/?p=${postId}`);
  if (postId) oldPaths.add(`/?p=${postId}`);
  // An Inkwell export carries the post's redirects (imported links, changed slugs) as post meta.
  for (const meta of childrenOf(item, NS.wp, 'postmeta')) {
    const value = textOf(meta, NS.wp, 'meta_value').trim();
    if (textOf(meta, NS.wp, 'meta_key') === OLD_PATH_META_KEY && value.startsWith('/')) oldPaths.add(value);
  }

  // Real exports have stray brackets around a login (">themereviewteam" in WordPress's own test data).
  const creator = textOf(item, NS.dc, 'creator').replace(/[<>]/g, '').trim();
  const known = channel.authors.get(creator);
  const labels = childrenOf(item, '', 'category')
    .filter((c) => c.attrs.domain === 'category' || c.attrs.domain === 'post_tag')
    .map((c) => c.text.trim())
    .filter((l) => l && l !== 'Uncategorized');

  const comments: SourceComment[] = [];
  for (const c of childrenOf(item, NS.wp, 'comment')) {
    const read = readComment(c, channel, name);
    if ('reason' in read) skips.push(read);
    else comments.push(read);
  }

  const slug = textOf(item, NS.wp, 'post_name');
  return {
    record: {
      type: 'post',
      post: {
        externalId: ids(channel).post(postId),
        kind,
        title,
        html: wordpressContentToHtml(child(item, NS.content, 'encoded')?.text ?? ''),
        excerpt: (child(item, NS.excerpt, 'encoded')?.text ?? '').trim(),
        status: passwordProtected ? 'draft' : status === 'published' && date && date > now ? 'scheduled' : status,
        publishedAt: date,
        updatedAt: date,
        slug: slug ? slugify(decodeURIComponentSafe(slug)) : slugFromTitle(title),
        labels: kind === 'post' ? [...new Set(labels)] : [],
        author: known ?? { name: creator || 'Imported author', email: null },
        oldUrl: link || undefined,
        oldPaths: [...oldPaths],
        comments,
      },
    },
    skips,
    notes,
  };
}

function decodeURIComponentSafe(s: string) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
