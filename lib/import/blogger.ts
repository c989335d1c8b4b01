import { decodeHTML } from 'entities';
import { slugFromTitle } from '@/lib/posts/slug';
import { slugify } from '@/lib/content/slug';
import { child, childrenOf, NS, textOf, type XmlElement } from './xml-records';
import { parseDate, pathOf, type SourceAuthor, type SourceRecord, type SourceStatus } from './source';

/**
 * Blogger's two exports, entry by entry: the classic "Back up content" file (Atom with the 2008 kind
 * scheme) and Google Takeout's feed.atom (the 2018 namespace). See ../shared/IMPORT-FORMATS.md.
 */

const KIND_SCHEME = 'http://schemas.google.com/g/2005#kind';
const LABEL_SCHEME = 'http://www.blogger.com/atom/ns#';

export const externalId = (id: string) => `blogger:${id}`;

/**
 * The ids a comment's post may have: Blogger names a page's comments' post `.post-N` while the page
 * itself is `.page-N`, so both are tried (matching on the number).
 */
export function postIdsFor(ref: string): string[] {
  const m = /^(.*)\.(?:post|page)-(\d+)$/.exec(ref);
  if (!m) return [externalId(ref)];
  return [externalId(`${m[1]}.post-${m[2]}`), externalId(`${m[1]}.page-${m[2]}`)];
}

// Titles are sometimes escaped twice ("&amp;#39;"): one more decoding gives what the author typed.
const cleanTitle = (title: string) => (/&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(title) ? decodeHTML(title) : title).trim();

function slugFromPath(path: string | null, title: string): string {
  const m = path ? /([^/]+?)(?:\.html?)?$/.exec(path) : null;
  return m ? slugify(m[1]) : slugFromTitle(title);
}

function author(entry: XmlElement): SourceAuthor & { uri: string | null } {
  const a = child(entry, NS.atom, 'author');
  const name = a ? textOf(a, NS.atom, 'name') : '';
  const email = a ? textOf(a, NS.atom, 'email') : '';
  const uri = a ? textOf(a, NS.atom, 'uri') : '';
  return {
    name: name || 'Anonymous',
    email: email && !/^noreply@blogger\.com$/i.test(email) ? email : null,
    uri: uri || null,
  };
}

function statusFrom(draft: boolean, publishedAt: Date | null, now: Date): SourceStatus {
  if (draft) return 'draft';
  return publishedAt && publishedAt > now ? 'scheduled' : 'published';
}

const describeComment = (name: string, on: string) => `comment by ${name}${on ? ` on ${on}` : ''}`;

/** A classic backup's entry. */
export function readBackupEntry(entry: XmlElement, now: Date): SourceRecord {
  if (entry.uri !== NS.atom || entry.local !== 'entry') return { type: 'none' };
  const categories = childrenOf(entry, NS.atom, 'category');
  const kindTerm = categories.find((c) => c.attrs.scheme === KIND_SCHEME)?.attrs.term ?? '';
  const kind = /#(\w+)$/.exec(kindTerm)?.[1];
  const id = textOf(entry, NS.atom, 'id');
  const title = cleanTitle(textOf(entry, NS.atom, 'title'));
  const links = childrenOf(entry, NS.atom, 'link');
  const alternate = links.find((l) => l.attrs.rel === 'alternate')?.attrs.href;
  const html = child(entry, NS.atom, 'content')?.text ?? '';
  const published = parseDate(textOf(entry, NS.atom, 'published'));
  const updated = parseDate(textOf(entry, NS.atom, 'updated'));

  if (kind === 'post' || kind === 'page') {
    const control = child(entry, NS.app, 'control');
    const draft = !!control && textOf(control, NS.app, 'draft') === 'yes';
    const path = alternate ? pathOf(alternate) : null;
    const status = statusFrom(draft, published, now);
    return {
      type: 'post',
      post: {
        externalId: externalId(id),
        kind,
        title,
        html,
        excerpt: '',
        status,
        publishedAt: published,
        updatedAt: updated,
        slug: slugFromPath(path, title),
        labels: kind === 'post' ? categories.filter((c) => c.attrs.scheme === LABEL_SCHEME).map((c) => c.attrs.term) : [],
        author: author(entry),
        oldUrl: alternate,
        oldPaths: path ? [path] : [],
        comments: [],
      },
    };
  }
  if (kind === 'comment') {
    const who = author(entry);
    const inReplyTo = child(entry, NS.thr, 'in-reply-to');
    const on = inReplyTo?.attrs.href ? (pathOf(inReplyTo.attrs.href) ?? '') : '';
    const label = describeComment(who.name, on);
    const removed = childrenOf(entry, NS.gd, 'extendedProperty').some(
      (p) => p.attrs.name === 'blogger.contentRemoved' && p.attrs.value === 'true',
    );
    if (removed) return { type: 'skip', skip: { kind: 'comment', item: label, reason: 'removed on Blogger' } };
    if (!inReplyTo?.attrs.ref) return { type: 'skip', skip: { kind: 'comment', item: label, reason: 'it names no post' } };
    const related = links.find((l) => l.attrs.rel === 'related')?.attrs.href;
    const parentNumber = related ? /\/(\d+)\/?$/.exec(related)?.[1] : undefined;
    const blogPrefix = /^(.*)\.(?:post|page)-\d+$/.exec(id)?.[1];
    if (!published) return { type: 'skip', skip: { kind: 'comment', item: label, reason: 'it has no date' } };
    return {
      type: 'comment',
      label,
      postExternalIds: postIdsFor(inReplyTo.attrs.ref),
      comment: {
        externalId: externalId(id),
        parentExternalId: parentNumber && blogPrefix ? externalId(`${blogPrefix}.post-${parentNumber}`) : null,
        authorName: who.name,
        authorEmail: who.email,
        authorUrl: who.uri,
        html,
        createdAt: published,
        // The backup holds the comments readers can see.
        status: 'approved',
      },
    };
  }
  if (kind === 'settings' || kind === 'template') return { type: 'none' };
  return {
    type: 'skip',
    skip: { kind: 'other', item: title || id || 'an entry', reason: `an entry of kind "${kind ?? 'unknown'}"` },
  };
}

const takeoutStatus: Record<string, SourceStatus | 'trashed'> = {
  LIVE: 'published',
  DRAFT: 'draft',
  SCHEDULED: 'scheduled',
  SOFT_TRASHED: 'trashed',
  TRASHED: 'trashed',
};
const takeoutCommentStatus: Record<string, 'approved' | 'pending' | 'spam' | 'trashed'> = {
  LIVE: 'approved',
  PENDING: 'pending',
  DRAFT: 'pending',
  SPAM: 'spam',
  SOFT_TRASHED: 'trashed',
  TRASHED: 'trashed',
};

/** A Takeout feed.atom entry (2018 namespace). */
export function readTakeoutEntry(entry: XmlElement, now: Date): SourceRecord {
  if (entry.uri !== NS.atom || entry.local !== 'entry') return { type: 'none' };
  const type = textOf(entry, NS.blogger, 'type');
  const id = textOf(entry, NS.atom, 'id');
  const rawStatus = textOf(entry, NS.blogger, 'status');
  const trashed = textOf(entry, NS.blogger, 'trashed') !== '';
  const title = cleanTitle(textOf(entry, NS.atom, 'title'));
  const html = child(entry, NS.atom, 'content')?.text ?? '';
  const published = parseDate(textOf(entry, NS.atom, 'published'));
  const updated = parseDate(textOf(entry, NS.atom, 'updated'));
  const who = author(entry);

  if (type === 'POST' || type === 'PAGE') {
    const kind = type === 'POST' ? 'post' : 'page';
    const status = trashed ? 'trashed' : takeoutStatus[rawStatus];
    const name = title || '(untitled)';
    if (status === 'trashed') return { type: 'skip', skip: { kind, item: name, reason: 'in the trash' } };
    if (!status) return { type: 'skip', skip: { kind, item: name, reason: `status "${rawStatus}" is not one Inkwell knows` } };
    const filename = textOf(entry, NS.blogger, 'filename');
    const path = filename ? pathOf(filename) : null;
    return {
      type: 'post',
      post: {
        externalId: externalId(id),
        kind,
        title,
        html,
        excerpt: textOf(entry, NS.blogger, 'metaDescription'),
        status: status === 'published' && published && published > now ? 'scheduled' : status,
        publishedAt: published,
        updatedAt: updated,
        slug: slugFromPath(path, title),
        labels:
          kind === 'post'
            ? childrenOf(entry, NS.atom, 'category')
                .map((c) => c.attrs.term)
                .filter(Boolean)
            : [],
        author: who,
        oldPaths: path ? [path] : [],
        comments: [],
      },
    };
  }
  if (type === 'COMMENT') {
    const label = describeComment(who.name, '');
    const status = trashed ? 'trashed' : takeoutCommentStatus[rawStatus];
    if (status === 'trashed') return { type: 'skip', skip: { kind: 'comment', item: label, reason: 'in the trash' } };
    if (!status) return { type: 'skip', skip: { kind: 'comment', item: label, reason: `status "${rawStatus}"` } };
    const parent = textOf(entry, NS.blogger, 'parent');
    if (!parent) return { type: 'skip', skip: { kind: 'comment', item: label, reason: 'it names no post' } };
    const created = parseDate(textOf(entry, NS.blogger, 'created')) ?? published;
    if (!created) return { type: 'skip', skip: { kind: 'comment', item: label, reason: 'it has no date' } };
    const inReplyTo = textOf(entry, NS.blogger, 'inReplyTo');
    return {
      type: 'comment',
      label,
      postExternalIds: postIdsFor(parent),
      comment: {
        externalId: externalId(id),
        parentExternalId: inReplyTo ? externalId(inReplyTo) : null,
        authorName: who.name,
        authorEmail: who.email,
        authorUrl: who.uri,
        html,
        createdAt: created,
        status,
      },
    };
  }
  return { type: 'none' };
}
