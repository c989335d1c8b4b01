// The contract between the importer (lib/import/run.ts, `npm run import`) and its callers
// (/admin/import, the export round-trip test). Types only.

export type ImportFormat = 'blogger-backup' | 'blogger-takeout' | 'wordpress-wxr';

export interface ImportOptions {
  /** Download images from the old host into Inkwell's media and rewrite the posts. */
  fetchImages?: boolean;
  /** Called as the file is read; `fraction` is bytes read / file size (0–1), monotonic. */
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  fraction: number;
  /** Items handled so far (posts and pages, with their comments). */
  items: number;
  /** What is happening now, for a person: "Reading posts", "Fetching images", "Refreshing pages". */
  stage: string;
}

export interface SkippedItem {
  /** A person's name for it: the title, or "comment by X on <post title>". */
  item: string;
  kind: 'post' | 'page' | 'comment' | 'image' | 'other';
  /** Why, in words: "in the trash", "pingback", "removed by Blogger", "no title or content", … */
  reason: string;
}

export interface ImportedRedirect {
  /** Old path (and query, for WordPress `/?p=ID`) on the old host, e.g. `/2024/05/my-post.html`. */
  from: string;
  /** Path on this blog, e.g. `/posts/my-post`. */
  to: string;
}

export interface ImportSummary {
  format: ImportFormat;
  /** Created by this run; an item already imported by an earlier run is counted in `unchanged`. */
  created: { posts: number; pages: number; comments: number; labels: number; users: number; images: number };
  unchanged: { posts: number; pages: number; comments: number };
  skipped: SkippedItem[];
  redirects: ImportedRedirect[];
  durationMs: number;
  /** One entry per distinct image address, when `fetchImages` is on. */
  images?: ImportedImage[];
  /** Problems in the file that were recovered from (undeclared prefixes, HTML entities). */
  warnings?: string[];
  /** Whether a running server was told to refresh its pages, in words. */
  cacheRefresh?: string;
}

/** A file the importer does not accept; `message` says what it looks like and what is accepted. */
export class ImportRefused extends Error {
  override name = 'ImportRefused';
}

/**
 * What lib/import/run.ts exports as `runImport`: reads the file at `filePath` (streamed, never whole in
 * memory), detects its format from the content, writes one transaction per post with its comments, and
 * refreshes reader caches once at the end. Throws ImportRefused for a file it does not accept.
 */
export type RunImport = (filePath: string, options?: ImportOptions) => Promise<ImportSummary>;

// Added by the importer (the summary's optional images, warnings and cacheRefresh, too): nothing above changed meaning.

/** What became of one image of the old blog when `fetchImages` is on. */
export interface ImportedImage {
  url: string;
  /** `stored`: in Inkwell's media and the posts point at it; `failed`: the post keeps the old link. */
  result: 'stored' | 'failed';
  /** Why it failed, in words ("answered 404", "not an image"). */
  reason?: string;
}

/**
 * The file stopped being readable part-way (malformed or truncated XML). Every item before that point
 * is imported, each whole; `summary` says what, and the message says where and why it stopped.
 */
export class ImportInterrupted extends Error {
  override name = 'ImportInterrupted';
  constructor(
    message: string,
    readonly summary: ImportSummary,
  ) {
    super(message);
  }
}
