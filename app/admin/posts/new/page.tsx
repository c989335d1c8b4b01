import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { listLabelNames } from '@/lib/posts/editor-data';
import { PostEditorScreen } from '../PostEditorScreen';

export const metadata: Metadata = { title: 'New post' };

// The post is created by its first save (autosave or Publish); the address then becomes /admin/posts/<id>.
export default async function NewPostPage() {
  await requirePermission('writePosts', '/admin/posts/new');
  const knownLabels = await listLabelNames();
  const post = {
    id: null,
    version: 0,
    status: 'draft' as const,
    title: '',
    contentHtml: '',
    pendingChanges: false,
    settings: { slug: '', slugAuto: true, excerpt: '', labels: [], commentsOpen: true, publishedAt: null, cover: null },
  };
  return <PostEditorScreen heading="New post" post={post} knownLabels={knownLabels} revisions={[]} />;
}
