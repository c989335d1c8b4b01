import { addAnchors } from './anchors';
import { sanitizePostHtml } from './sanitize';
import { countWords, htmlToText, makeExcerpt } from './text';

export interface PreparedPostContent {
  contentHtml: string;
  contentText: string;
  wordCount: number;
  excerpt: string;
}

/**
 * Everything stored alongside a post body, derived once at write time: the sanitized HTML
 * (with anchors on headings and quotes),
 * its plain text (for search), word count (for reading time) and an excerpt (unless given).
 */
export function preparePostContent(rawHtml: string, excerpt?: string): PreparedPostContent {
  const contentHtml = addAnchors(sanitizePostHtml(rawHtml));
  const contentText = htmlToText(contentHtml);
  return {
    contentHtml,
    contentText,
    wordCount: countWords(contentText),
    excerpt: excerpt?.trim() || makeExcerpt(contentText),
  };
}
