'use client';

import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { countWords, readingMinutes } from '@/lib/content/text';

/** Words and reading time of the text so far, counted the way the server counts them when saving. */
export function WordCount({ editor }: { editor: Editor }) {
  const words = useEditorState({
    editor,
    selector: ({ editor: e }) => countWords(e.state.doc.textBetween(0, e.state.doc.content.size, '\n', ' ')),
  });
  return (
    <p className="border-t border-stone-200 px-4 py-2 text-sm text-stone-600 sm:px-8 dark:border-stone-800 dark:text-stone-400">
      <span>
        {words} {words === 1 ? 'word' : 'words'}
      </span>
      <span aria-hidden="true"> · </span>
      <span>{readingMinutes(words)} min read</span>
    </p>
  );
}
