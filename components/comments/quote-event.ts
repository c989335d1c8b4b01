/** Sent by the Quote button with the selected passage; the main comment form quotes it. */
export const QUOTE_EVENT = 'inkwell:quote';

export interface QuoteEventDetail {
  text: string;
}
