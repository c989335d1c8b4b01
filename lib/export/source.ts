import 'server-only';
import {
  countExportContent,
  listExportLabels,
  listExportPostsAfter,
  listExportUsers,
  listFullSizeImagesAfter,
  readImageBytes,
  type ExportCounts,
  type ExportImage,
  type ExportLabel,
  type ExportPost,
  type ExportUser,
} from '@/db/queries/export';
import { readAllSettings } from '@/db/queries/settings';
import { exportSubscriptions } from '@/db/queries/subscriptions';
import type { PostKind } from '@/db/schema';
import { parseSiteSettings, type SiteSettings } from '@/lib/settings/schema';
import { siteUrl } from '@/lib/site-url';

// What an export reads, in the order the writers need it. The small tables (users, labels,
// settings) are read whole; posts and images are read a page at a time as the writer asks for
// them, so a blog of any size is never in memory at once.

const POSTS_PER_PAGE = 100;
const IMAGES_PER_PAGE = 50;

export interface ExportSource {
  /** The public origin links in the export point at, without a trailing slash. */
  site: string;
  settings: SiteSettings;
  /** The settings table as stored (every key), for the JSON backup. */
  rawSettings: Record<string, unknown>;
  users: ExportUser[];
  labels: ExportLabel[];
  /** Mail subscribers with their subscriptions (docs/email.md): small, read whole. */
  subscriptions: Awaited<ReturnType<typeof exportSubscriptions>>;
  counts: ExportCounts;
  exportedAt: Date;
  /** A fresh pass over every post and page (or those of one kind), oldest id first; call it again for another pass. */
  posts: (kind?: PostKind) => AsyncIterable<ExportPost>;
  images: () => AsyncIterable<ExportImage>;
  imageBytes: (image: ExportImage) => Promise<Buffer | null>;
}

export async function openExportSource(options: { requestOrigin?: string; now?: Date } = {}): Promise<ExportSource> {
  const [rawSettings, users, labels, subscriptions, counts] = await Promise.all([
    readAllSettings(),
    listExportUsers(),
    listExportLabels(),
    exportSubscriptions(),
    countExportContent(),
  ]);
  const settings = parseSiteSettings(rawSettings);
  return {
    site: siteUrl(settings, options.requestOrigin),
    settings,
    rawSettings,
    users,
    labels,
    subscriptions,
    counts,
    exportedAt: options.now ?? new Date(),
    posts: allPosts,
    images: allImages,
    imageBytes: (image) => readImageBytes(image.hash, image.width),
  };
}

async function* allPosts(kind?: PostKind): AsyncIterable<ExportPost> {
  let afterId = 0;
  for (;;) {
    const page = await listExportPostsAfter(afterId, POSTS_PER_PAGE, kind);
    yield* page;
    if (page.length < POSTS_PER_PAGE) return;
    afterId = page[page.length - 1].id;
  }
}

async function* allImages(): AsyncIterable<ExportImage> {
  let afterHash = '';
  for (;;) {
    const page = await listFullSizeImagesAfter(afterHash, IMAGES_PER_PAGE);
    yield* page;
    if (page.length < IMAGES_PER_PAGE) return;
    afterHash = page[page.length - 1].hash;
  }
}
