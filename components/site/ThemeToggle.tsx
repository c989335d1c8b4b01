'use client';

import { useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark';

const THEME_CHANGED = 'inkwell:theme';
const systemDark = () => matchMedia('(prefers-color-scheme: dark)');

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'dark' || chosen === 'light') return chosen;
  return systemDark().matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void) {
  window.addEventListener(THEME_CHANGED, onChange);
  systemDark().addEventListener('change', onChange);
  return () => {
    window.removeEventListener(THEME_CHANGED, onChange);
    systemDark().removeEventListener('change', onChange);
  };
}

/** Switches between light and dark and remembers the choice in this browser (localStorage, no cookie). */
export function ThemeToggle() {
  // null on the server: it cannot know the reader's theme (ThemeScript applied it before paint).
  const theme = useSyncExternalStore(subscribe, currentTheme, () => null);

  function toggle() {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    window.dispatchEvent(new Event(THEME_CHANGED));
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={theme === 'dark'}
      // Until hydration the toggle cannot work; disabled, an early click is not silently lost.
      disabled={theme === null}
      className="rounded-md border border-stone-300 px-2.5 py-1 text-sm hover:border-accent-600 dark:border-stone-700 dark:hover:border-accent-400"
    >
      Dark mode
    </button>
  );
}
