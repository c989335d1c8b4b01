/** What the comment form shows after posting: the comment, or what to fix with the text kept. */
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
export type CommentFieldErrors = Partial<Record<CommentField, string>>;

export type CommentFormState =
  | {
      ok: true;
      status: 'approved' | 'pending';
      comment: PostedComment | null;
      /** Name, email and website stay filled in for the reader's next comment. */
      values: Record<CommentField, string>;
    }
  | {
      ok: false;
      error?: string;
      fieldErrors: CommentFieldErrors;
      values: Record<CommentField, string>;
    };
