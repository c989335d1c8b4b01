'use client';

import { useEffect, useRef, useState } from 'react';
import { QUOTABLE_ATTRIBUTE, QUOTE_EVENT, type QuoteEventDetail } from './quote-event';

interface Position {
  top: number;
  left: number;
}

function selectedQuotableText(): { text: string; rect: DOMRect } | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const container = range.commonAncestorContainer;
  const element = container instanceof Element ? container : container.parentElement;
  if (!element?.closest(`[${QUOTABLE_ATTRIBUTE}]`)) return null;
  const text = selection.toString().trim();
  return text ? { text, rect: range.getBoundingClientRect() } : null;
}

/**
 * When a reader selects a passage of the post (or of a comment), a small "Quote" button appears
 * above it; pressing it fills the comment form with the passage as a quote.
 */
export function QuoteButton() {
  const [position, setPosition] = useState<Position | null>(null);
  const textRef = useRef('');

  useEffect(() => {
    function onSelectionChange() {
      const selected = selectedQuotableText();
      if (!selected) {
        setPosition(null);
        return;
      }
      textRef.current = selected.text;
      setPosition({
        top: selected.rect.top + window.scrollY - 44,
        left: Math.max(8, selected.rect.left + window.scrollX + selected.rect.width / 2 - 36),
      });
    }
    document.addEventListener('selectionchange', onSelectionChange);
    // A passage selected before the page finished loading still gets its button.
    onSelectionChange();
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, []);

  if (!position) return null;
  return (
    <button
      type="button"
      // Keep the selection: a mouse press on the button would otherwise clear it first.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        window.dispatchEvent(new CustomEvent<QuoteEventDetail>(QUOTE_EVENT, { detail: { text: textRef.current } }));
        document.getSelection()?.removeAllRanges();
        setPosition(null);
      }}
      style={{ top: position.top, left: position.left }}
      className="absolute z-10 rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white shadow-lg dark:bg-stone-100 dark:text-stone-900 print:hidden"
    >
      Quote
    </button>
  );
}
