'use client';

import { useEffect, useId, useRef, useState } from 'react';

export interface NavigationPage {
  id: number;
  title: string;
  slug: string;
}

type Direction = 'up' | 'down';

/** `ids` with the item at `from` moved one place up or down. */
export function moveItem(ids: readonly number[], from: number, direction: Direction): number[] {
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/**
 * The site header's page links: which published pages it shows, and in what order. Reordering is
 * by buttons (Move up / Move down), so it works from the keyboard and with a screen reader: the
 * moved item keeps focus, and the new position is announced. The choice travels with the settings
 * form as one hidden field (ids in order).
 */
export function NavigationPicker({ pages, chosen }: { pages: readonly NavigationPage[]; chosen: readonly number[] }) {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const [order, setOrder] = useState<number[]>(() => [
    ...chosen.filter((id) => byId.has(id)),
    ...pages.filter((page) => !chosen.includes(page.id)).map((page) => page.id),
  ]);
  const [shown, setShown] = useState<ReadonlySet<number>>(() => new Set(chosen));
  const [announcement, setAnnouncement] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: number; direction: Direction } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const hintId = useId();

  useEffect(() => {
    if (focusAfterMove) buttons.current.get(`${focusAfterMove.id}-${focusAfterMove.direction}`)?.focus();
  }, [focusAfterMove, order]);

  const move = (id: number, direction: Direction) => {
    const from = order.indexOf(id);
    const next = moveItem(order, from, direction);
    if (next[from] === id) return; // Already first (or last): nothing moves, and nothing is said.
    setOrder(next);
    setFocusAfterMove({ id, direction });
    setAnnouncement(`“${byId.get(id)?.title}” moved to position ${next.indexOf(id) + 1} of ${next.length}.`);
  };

  const toggle = (id: number, on: boolean) => {
    const next = new Set(shown);
    if (on) next.add(id);
    else next.delete(id);
    setShown(next);
  };

  const button = 'rounded border border-stone-300 px-2 py-1 text-xs font-medium aria-disabled:opacity-40 dark:border-stone-600';

  return (
    <div>
      <input type="hidden" name="navigation" value={order.filter((id) => shown.has(id)).join(',')} />
      <p id={hintId} className="text-sm text-stone-600 dark:text-stone-400">
        {pages.length === 0
          ? 'Publish a page (Pages, New page) to link it from the site header.'
          : 'Tick the pages the site header links to; they appear after Home, Archive and Search, in this order.'}
      </p>
      {pages.length > 0 && (
        <ol aria-label="Pages in the header" aria-describedby={hintId} className="mt-3 space-y-2">
          {order.map((id, index) => {
            const page = byId.get(id)!;
            const checkboxId = `navigation-${id}`;
            return (
              <li
                key={id}
                className="flex flex-wrap items-center gap-3 rounded border border-stone-200 px-3 py-2 dark:border-stone-700"
              >
                <input
                  type="checkbox"
                  id={checkboxId}
                  checked={shown.has(id)}
                  onChange={(e) => toggle(id, e.target.checked)}
                  className="accent-accent-600 dark:accent-accent-400"
                />
                <label htmlFor={checkboxId} className="font-medium">
                  {page.title}
                </label>
                <span className="font-mono text-xs text-stone-600 dark:text-stone-400">/{page.slug}</span>
                <span className="ml-auto flex gap-2">
                  {(['up', 'down'] as const).map((direction) => {
                    // At either end the button stays focusable (aria-disabled, not disabled), so focus is never lost.
                    const atEnd = direction === 'up' ? index === 0 : index === order.length - 1;
                    return (
                      <button
                        key={direction}
                        type="button"
                        ref={(element) => {
                          if (element) buttons.current.set(`${id}-${direction}`, element);
                          else buttons.current.delete(`${id}-${direction}`);
                        }}
                        aria-disabled={atEnd || undefined}
                        onClick={() => move(id, direction)}
                        className={button}
                      >
                        {direction === 'up' ? 'Move up' : 'Move down'}
                        <span className="sr-only"> “{page.title}”</span>
                      </button>
                    );
                  })}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {/* A live region, not role="status": the form's own message is the page's status. */}
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
