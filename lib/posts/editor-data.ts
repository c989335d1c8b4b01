import 'server-only';
import { getMediaById } from '@/db/queries/media';
import { listLabelNames } from '@/db/queries/labels';
import { getPostForEditing, type EditablePost } from '@/db/queries/post-editing';
import { getPendingAutosave, listRevisions } from '@/db/queries/revisions';
import { makeExcerpt } from '@/lib/content/text';
import { mediaUrl } from '@/lib/media/urls';
import { slugFromTitle } from './slug';

/**
 * What the editor page starts from. A published post with edits saved since its last publish opens
 * with those edits (they live in an autosave revision until published).
 */
export async function loadPostForEditor(post: EditablePost) {
  const [pending, revisions, knownLabels, cover] = await Promise.all([
    post.status === 'published' ? getPendingAutosave(post.id, post.updatedAt) : null,
    listRevisions(post.id),
    listLabelNames(),
    post.coverMediaId ? getMediaById(post.coverMediaId) : null,
  ]);
  // An excerpt the server made from the text is not shown as if the author had written it.
  const excerptIsGenerated = post.excerpt === makeExcerpt(post.contentText);
  return {
    post: {
      id: post.id,
      version: post.version,
      status: post.status,
      title: pending?.title ?? post.title,
      contentHtml: pending?.contentHtml ?? post.contentHtml,
      pendingChanges: !!pending,
      settings: {
        slug: post.slug,
        // Drafts whose slug is still the one made from their title keep following the title.
        slugAuto: post.status !== 'published' && post.slug.startsWith(slugFromTitle(post.title)),
        excerpt: excerptIsGenerated ? '' : post.excerpt,
        labels: post.labels,
        commentsOpen: post.commentsOpen,
        publishedAt: post.publishedAt?.toISOString() ?? null,
        cover: cover ? { mediaId: cover.id, src: mediaUrl(cover.hash, cover.width, cover.mimeType) } : null,
      },
    },
    revisions,
    knownLabels,
  };
}

export { getPostForEditing, listLabelNames };
