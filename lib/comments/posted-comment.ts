/** A comment as the form that posted it shows it back (and as PendingComments keeps it in the browser). */
export interface PostedComment {
  id: number;
  postSlug: string;
  parentId: number | null;
  authorName: string;
  /** What the reader typed; shown back to them as plain text. */
  body: string;
  createdAt: string;
}

export type CommentField = 'name' | 'email' | 'website' | 'body';

/**
 * What the comment form's FormResult (lib/forms/form-state.ts) carries on success. A failure's
 * `values` hold the same four fields, so nothing typed is lost.
 */
export interface CommentPosted {
  status: 'approved' | 'pending';
  comment: PostedComment | null;
  /** Name, email and website stay filled in for the reader's next comment (and the notification boxes ticked). */
  values: Record<CommentField, string> & Record<string, string>;
}
