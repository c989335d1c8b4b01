'use client';

import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { ariaKeyShortcuts, shortcutLabel, TOOLBAR_GROUPS, type DialogAction } from './toolbar-actions';

const ACTIONS = TOOLBAR_GROUPS.flat();

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The formatting toolbar: one tab stop, arrow keys move between buttons (the ARIA toolbar pattern),
 * every button named, toggles report aria-pressed, shortcuts announced with aria-keyshortcuts.
 */
export function Toolbar({
  editor,
  onDialog,
  controls,
}: {
  editor: Editor;
  onDialog: (action: DialogAction) => void;
  controls: string;
}) {
  const mac = useSyncExternalStore(noSubscribe, isMac, () => false);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      ACTIONS.map((action) => ({
        active: action.isActive?.(e) ?? null,
        enabled: action.isEnabled?.(e) ?? true,
      })),
    equalityFn: (a, b) => !!b && a.every((s, i) => s.active === b[i]?.active && s.enabled === b[i]?.enabled),
  });

  // Disabled buttons (Undo with nothing to undo) cannot take focus, so arrows skip them.
  const move = (event: KeyboardEvent) => {
    const enabled = state.flatMap((s, i) => (s.enabled ? [i] : []));
    const at = Math.max(0, enabled.indexOf(focusIndex));
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % enabled.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + enabled.length) % enabled.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? enabled.length - 1
              : null;
    if (to === null) return;
    event.preventDefault();
    setFocusIndex(enabled[to]);
    buttons.current[enabled[to]]?.focus();
  };

  let index = -1;
  return (
    <div
      role="toolbar"
      aria-label="Formatting"
      aria-controls={controls}
      onKeyDown={move}
      className="sticky top-0 z-10 flex flex-wrap items-center gap-1 border-b border-stone-200 bg-stone-50/95 px-2 py-1.5 backdrop-blur dark:border-stone-800 dark:bg-stone-950/95"
    >
      {TOOLBAR_GROUPS.map((group, g) => (
        <div
          key={g}
          role="group"
          className="flex items-center gap-0.5 border-r border-stone-200 pr-1 last:border-r-0 dark:border-stone-800"
        >
          {group.map((action) => {
            const i = ++index;
            const { active, enabled } = state[i];
            const shortcut = action.keys ? shortcutLabel(action.keys, mac) : null;
            return (
              <button
                key={action.label}
                ref={(el) => {
                  buttons.current[i] = el;
                }}
                type="button"
                tabIndex={i === focusIndex ? 0 : -1}
                aria-label={action.label}
                aria-pressed={active === null ? undefined : active}
                aria-keyshortcuts={action.keys ? ariaKeyShortcuts(action.keys) : undefined}
                title={shortcut ? `${action.label} (${shortcut})` : action.label}
                disabled={!enabled}
                onFocus={() => setFocusIndex(i)}
                // Keep the editor's selection: a mouse press on a button must not move focus out of the text.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  const result = action.run(editor);
                  if (typeof result === 'string') onDialog(result);
                }}
                className="min-w-8 rounded px-2 py-1 text-sm font-medium text-stone-700 hover:bg-stone-200 disabled:cursor-not-allowed disabled:opacity-40 aria-pressed:bg-stone-800 aria-pressed:text-white dark:text-stone-300 dark:hover:bg-stone-800 dark:aria-pressed:bg-stone-200 dark:aria-pressed:text-stone-900"
              >
                <span aria-hidden="true">{action.glyph}</span>
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}

const noSubscribe = () => () => {};
