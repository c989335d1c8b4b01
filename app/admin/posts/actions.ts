'use server';

import { writingActions } from '@/lib/posts/writing-actions';

// Every write of the posts' editor and list: the shared operations of lib/posts/writing-actions.ts
// on rows of kind 'post'.
const posts = writingActions({ kind: 'post', one: 'post', many: 'posts' });

export const savePostAction = posts.save;
export const transitionPostsAction = posts.transition;
export const bulkPostsAction = posts.bulk;
export const restoreRevisionAction = posts.restoreRevision;
export const listRevisionsAction = posts.listRevisions;
