// Search snippets come from FTS5's snippet()/highlight() with these private-use characters around
// each match, never with HTML tags: the text is the post's own and is rendered as text, so a post
// or a query containing markup can only ever show that markup, not inject it.

export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

export interface TextSegment {
  text: string;
  highlighted: boolean;
}

/** Splits marked text into plain and highlighted runs; stray or unbalanced markers are dropped. */
export function splitHighlights(marked: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let highlighted = false;
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === HIGHLIGHT_START) highlighted = true;
    else if (part === HIGHLIGHT_END) highlighted = false;
    else if (part) {
      const last = segments.at(-1);
      if (last && last.highlighted === highlighted) last.text += part;
      else segments.push({ text: part, highlighted });
    }
  }
  return segments;
}
