/** Sent by the Quote button with the selected passage; the main comment form quotes it. */
export const QUOTE_EVENT = 'inkwell:quote';

/** Marks elements whose text a reader may quote into a comment: the post body and each comment. */
export const QUOTABLE_ATTRIBUTE = 'data-quotable';

export interface QuoteEventDetail {
  text: string;
}
