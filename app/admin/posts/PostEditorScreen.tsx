import Link from 'next/link';
import type { ComponentProps } from 'react';
import type { EditorActions } from '@/components/editor/editor-actions';
import { PostEditorPage } from '@/components/editor/PostEditorPage';
import { listRevisionsAction, restoreRevisionAction, savePostAction, transitionPostsAction } from './actions';

type ScreenProps = Omit<ComponentProps<typeof PostEditorPage>, keyof EditorActions> & { heading: string };

/** The editor as /admin/posts/new and /admin/posts/<id> show it: a way back to the list, and the post actions wired in. */
export function PostEditorScreen({ heading, ...props }: ScreenProps) {
  return (
    <>
      <h1 className="sr-only">{heading}</h1>
      <p className="mb-3 text-sm">
        <Link href="/admin/posts" className="underline-offset-4 hover:underline">
          ← All posts
        </Link>
      </p>
      <PostEditorPage
        {...props}
        saveAction={savePostAction}
        transitionAction={transitionPostsAction}
        restoreAction={restoreRevisionAction}
        revisionsAction={listRevisionsAction}
      />
    </>
  );
}
