import 'server-only';
import {
  findFirstAdminId,
  findFirstImported,
  findImported,
  findOrCreateImportedAuthor,
  importComments,
  importPostWithComments,
  isSlugInUse,
  setCommentParent,
  type NewImportedComment,
} from '@/db/queries/imports';
import { cacheTags } from '@/lib/cache/tags';
import { renderCommentText } from '@/lib/content/comment-text';
import { preparePostContent } from '@/lib/content/prepare';
import { slugify } from '@/lib/content/slug';
import { htmlToText } from '@/lib/content/text';
import { log } from '@/lib/logging/logger';
import { MAX_LABEL_LENGTH } from '@/lib/posts/input';
import { isReservedTopLevelName } from '@/lib/pages/reserved-slugs';
import { uniqueSlug } from '@/lib/posts/slug';
import { commentHtmlToText } from './comment-source';
import type { ImportSource } from './detect';
import { ImageFetcher } from './images';
import { quotesToFigures } from './quotes';
import { refreshReaderPages } from './refresh';
import type { SourceComment, SourcePost, SourceSkip } from './source';
import { ImportInterrupted, type ImportOptions, type ImportSummary } from './types';
import { createRecordReader, type XmlProblem, type XmlElement } from './xml-records';

type Summary = ImportSummary;

/** Where a post or page lives on this blog. */
export const pathOfImported = (kind: 'post' | 'page', slug: string) => (kind === 'page' ? `/${slug}` : `/posts/${slug}`);

/**
 * One import run: reads the file in passes (a WordPress file once; a Blogger file twice, posts and
 * pages first, then comments, because Blogger lists comments after every post and Takeout in any
 * order), writes each post with its comments in one transaction, and refreshes the blog's pages once.
 */
export class ImportRun {
  readonly summary: Summary;
  private readonly started = Date.now();
  private readonly now = new Date();
  private readonly tags = new Set<string>();
  private readonly authors = new Map<string, number>();
  private items = 0;
  private fallbackAuthor: number | null | undefined;
  private readonly images: ImageFetcher | null;
  /** Replies written before their parent (Takeout has no order): linked at the end. */
  private readonly orphans: { externalId: string; parentExternalId: string; item: string }[] = [];

  constructor(
    private readonly source: ImportSource,
    private readonly options: ImportOptions,
    private readonly passes: number,
  ) {
    this.summary = {
      format: source.format,
      created: { posts: 0, pages: 0, comments: 0, labels: 0, users: 0, images: 0 },
      unchanged: { posts: 0, pages: 0, comments: 0 },
      skipped: [],
      redirects: [],
      durationMs: 0,
    };
    this.images = options.fetchImages ? new ImageFetcher(new Set(), null) : null;
  }

  private fraction = 0;

  /** Reports progress; the fraction never goes back (a stage change alone keeps it where it is). */
  progress(pass: number, fraction: number | null, stage: string) {
    if (fraction !== null) this.fraction = Math.max(this.fraction, Math.min(1, (pass + fraction) / this.passes));
    this.options.onProgress?.({ fraction: this.fraction, items: this.items, stage });
  }

  addImageHost(url: string) {
    this.images?.addHost(url);
  }

  note(warning: string) {
    (this.summary.warnings ??= []).push(warning);
  }

  skip(skip: SourceSkip) {
    this.summary.skipped.push(skip);
  }

  /** Streams one pass over the file, handing each record to `handle` as soon as it is complete. */
  async pass(pass: number, stage: string, handle: (record: XmlElement) => Promise<void>) {
    const reader = createRecordReader((root) => (root.local === 'rss' ? 2 : 1));
    const { chunks, bytesRead } = await this.source.open();
    this.progress(pass, 0, stage);
    for await (const chunk of chunks) {
      const records = reader.write(chunk);
      for (const record of records) await handle(record);
      reader.rethrow();
      this.progress(pass, bytesRead() / (this.source.size || 1), stage);
    }
    for (const record of reader.close()) await handle(record);
    if (pass === 0) {
      for (const w of reader.warnings()) this.note(w);
    }
  }

  async authorFor(author: SourcePost['author']): Promise<number> {
    const key = author.email?.toLowerCase() ?? '';
    const cached = this.authors.get(key);
    if (cached) return cached;
    let id: number;
    if (author.email) {
      const found = await findOrCreateImportedAuthor({ name: author.name, email: author.email });
      if (found.created) this.summary.created.users++;
      id = found.id;
    } else {
      // No usable address (Blogger writes noreply@blogger.com): the posts are the blog owner's.
      this.fallbackAuthor ??= await findFirstAdminId();
      if (this.fallbackAuthor === null) {
        const found = await findOrCreateImportedAuthor({ name: author.name, email: `${slugify(author.name)}@imported.invalid` });
        if (found.created) this.summary.created.users++;
        this.fallbackAuthor = found.id;
      }
      id = this.fallbackAuthor;
    }
    this.authors.set(key, id);
    return id;
  }

  private commentRows(list: SourceComment[], on: string): NewImportedComment[] {
    const rows: NewImportedComment[] = [];
    for (const c of list) {
      const bodySource = commentHtmlToText(c.html);
      if (!bodySource) {
        this.skip({ kind: 'comment', item: `comment by ${c.authorName} on ${on}`, reason: 'it is empty' });
        continue;
      }
      rows.push({ ...c, bodySource, bodyHtml: renderCommentText(bodySource) });
    }
    return rows;
  }

  private noteComments(
    postId: number,
    on: string,
    visible: boolean,
    result: { created: number; unchanged: number; orphans: { externalId: string; parentExternalId: string }[] },
  ) {
    this.summary.created.comments += result.created;
    this.summary.unchanged.comments += result.unchanged;
    for (const o of result.orphans) this.orphans.push({ ...o, item: `a reply on ${on}` });
    if (visible && result.created) {
      this.tags.add(cacheTags.comments(postId));
      this.tags.add(cacheTags.postLists);
    }
  }

  async post(post: SourcePost) {
    this.items++;
    const name = post.title || '(untitled)';
    const existing = await findImported(post.externalId);
    if (existing !== null) {
      this.summary.unchanged[post.kind === 'page' ? 'pages' : 'posts']++;
      // Comments written since an earlier export of the same blog still come in.
      if (post.comments.length) {
        const result = await importComments(existing, this.commentRows(post.comments, name), this.now);
        this.noteComments(existing, name, post.status === 'published', result);
      }
      return;
    }
    if (!post.title.trim() && !htmlToText(post.html).trim()) {
      this.skip({ kind: post.kind, item: post.externalId, reason: 'no title or content' });
      return;
    }
    try {
      let html = quotesToFigures(post.html);
      if (this.images) {
        if (post.oldUrl) this.images.addHost(post.oldUrl);
        this.progress(0, null, 'Fetching images');
        const before = this.images.results.length;
        html = await this.images.rewrite(html);
        this.summary.created.images += this.images.results.slice(before).filter((r) => r.result === 'stored').length;
      }
      const content = preparePostContent(html, htmlToText(post.excerpt));
      // A page lives at /<slug>: never at an address the app itself answers (lib/pages/reserved-slugs.ts).
      const slug = await uniqueSlug(
        post.slug,
        async (candidate) => (post.kind === 'page' && isReservedTopLevelName(candidate)) || (await isSlugInUse(candidate)),
      );
      const createdAt = post.publishedAt ?? post.updatedAt ?? this.now;
      // One label per slug (a category and a tag of one name are one label), as long as the editor allows.
      const labels = [
        ...new Map(
          post.labels
            .map((l) => l.trim().slice(0, MAX_LABEL_LENGTH).trim())
            .filter(Boolean)
            .map((name) => [slugify(name), name] as const),
        ).entries(),
      ].map(([slug, name]) => ({ name, slug }));
      const result = await importPostWithComments(
        {
          externalId: post.externalId,
          kind: post.kind,
          slug,
          title: post.title.trim() || 'Untitled',
          ...content,
          status: post.status,
          authorId: await this.authorFor(post.author),
          publishedAt: post.status === 'draft' ? null : post.publishedAt,
          createdAt,
          updatedAt: post.updatedAt ?? createdAt,
          labels,
          // The file's own link can be the new address (an Inkwell export): a redirect there would loop.
          oldPaths: post.oldPaths.filter((from) => from !== pathOfImported(post.kind, slug)),
        },
        this.commentRows(post.comments, name),
        this.now,
      );
      this.summary.created[post.kind === 'page' ? 'pages' : 'posts']++;
      this.summary.created.labels += result.labelsCreated;
      const to = pathOfImported(post.kind, slug);
      for (const from of result.redirects) this.summary.redirects.push({ from, to });
      const visible = post.status === 'published';
      if (visible) {
        this.tags.add(cacheTags.post(slug));
        this.tags.add(cacheTags.postLists);
        if (post.kind === 'page') this.tags.add(cacheTags.pageLinks);
      }
      this.noteComments(result.postId, name, visible, result.comments);
    } catch (error) {
      log.warn({ event: 'import.item_failed', externalId: post.externalId, err: error }, 'an imported item could not be written');
      this.skip({ kind: post.kind, item: name, reason: `it could not be written (${(error as Error).message})` });
    }
  }

  async comments(postExternalIds: string[], on: string, list: SourceComment[]) {
    const postId = await findFirstImported(postExternalIds);
    if (postId === null) {
      for (const c of list)
        this.skip({
          kind: 'comment',
          item: `comment by ${c.authorName} on ${on}`,
          reason: 'its post is not imported (not in the file, or skipped)',
        });
      return;
    }
    try {
      const result = await importComments(postId, this.commentRows(list, on), this.now);
      this.noteComments(postId, on, true, result);
    } catch (error) {
      for (const c of list)
        this.skip({
          kind: 'comment',
          item: `comment by ${c.authorName} on ${on}`,
          reason: `it could not be written (${(error as Error).message})`,
        });
    }
  }

  async linkOrphans() {
    for (const o of this.orphans) {
      const parentId = await findImported(o.parentExternalId);
      if (parentId !== null) await setCommentParent(o.externalId, parentId);
      else
        this.skip({ kind: 'comment', item: o.item, reason: 'the comment it answers is not in the file: kept, at the top level' });
    }
  }

  async finish(): Promise<Summary> {
    await this.linkOrphans();
    this.progress(this.passes - 1, 1, 'Refreshing pages');
    if (this.images) this.summary.images = this.images.results;
    this.summary.cacheRefresh = await refreshReaderPages([...this.tags]);
    this.summary.durationMs = Date.now() - this.started;
    return this.summary;
  }

  interrupted(error: XmlProblem): ImportInterrupted {
    this.summary.durationMs = Date.now() - this.started;
    const done = this.summary.created;
    return new ImportInterrupted(
      `${error.message} The import stopped there; everything before it was imported (${done.posts} posts, ${done.pages} pages, ${done.comments} comments), and nothing of the item it stopped in.`,
      this.summary,
    );
  }
}
