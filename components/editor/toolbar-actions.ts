import type { Editor } from '@tiptap/core';

/** What opens a dialog instead of changing the text at once. */
export type DialogAction = 'link' | 'image' | 'quoteSource';

export interface ToolbarAction {
  /**
   * The accessible name; e2e tests and screen readers find the button by it. It contains the
   * glyph's words when the glyph is text (and starts with them where that reads well), so a voice-control user can say what they see (WCAG 2.5.3).
   */
  label: string;
  /** What the button shows. */
  glyph: string;
  /** Keys in Tiptap's notation ("Mod" is Ctrl, or Cmd on a Mac). */
  keys?: string[];
  isActive?: (editor: Editor) => boolean;
  isEnabled?: (editor: Editor) => boolean;
  /** Changes the text, or names the dialog to open. */
  run: (editor: Editor) => DialogAction | boolean | void;
}

const inQuote = (editor: Editor) => editor.isActive('blockquote');

export const TOOLBAR_GROUPS: ToolbarAction[][] = [
  [
    {
      label: 'Paragraph',
      glyph: '¶',
      keys: ['Mod', 'Alt', '0'],
      isActive: (e) => e.isActive('paragraph'),
      run: (e) => e.chain().focus().setParagraph().run(),
    },
    {
      label: 'H2 heading',
      glyph: 'H2',
      keys: ['Mod', 'Alt', '2'],
      isActive: (e) => e.isActive('heading', { level: 2 }),
      run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    {
      label: 'H3 heading',
      glyph: 'H3',
      keys: ['Mod', 'Alt', '3'],
      isActive: (e) => e.isActive('heading', { level: 3 }),
      run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    },
  ],
  [
    {
      label: 'Bold',
      glyph: 'B',
      keys: ['Mod', 'B'],
      isActive: (e) => e.isActive('bold'),
      run: (e) => e.chain().focus().toggleBold().run(),
    },
    {
      label: 'Italic',
      glyph: 'I',
      keys: ['Mod', 'I'],
      isActive: (e) => e.isActive('italic'),
      run: (e) => e.chain().focus().toggleItalic().run(),
    },
    {
      label: 'Strikethrough',
      glyph: 'S',
      keys: ['Mod', 'Shift', 'S'],
      isActive: (e) => e.isActive('strike'),
      run: (e) => e.chain().focus().toggleStrike().run(),
    },
    { label: 'Link', glyph: 'Link', keys: ['Mod', 'K'], isActive: (e) => e.isActive('link'), run: () => 'link' },
    {
      label: 'Code',
      glyph: '</>',
      keys: ['Mod', 'E'],
      isActive: (e) => e.isActive('code'),
      run: (e) => e.chain().focus().toggleCode().run(),
    },
  ],
  [
    {
      label: 'Bulleted list',
      glyph: '•',
      keys: ['Mod', 'Shift', '8'],
      isActive: (e) => e.isActive('bulletList'),
      run: (e) => e.chain().focus().toggleBulletList().run(),
    },
    {
      label: '1. Numbered list',
      glyph: '1.',
      keys: ['Mod', 'Shift', '7'],
      isActive: (e) => e.isActive('orderedList'),
      run: (e) => e.chain().focus().toggleOrderedList().run(),
    },
    {
      label: 'Quote',
      glyph: '“ Quote',
      keys: ['Mod', 'Shift', 'B'],
      isActive: inQuote,
      run: (e) => e.chain().focus().toggleBlockquote().run(),
    },
    { label: 'Quote source', glyph: 'Source', isEnabled: inQuote, run: () => 'quoteSource' },
    {
      label: 'Code block',
      glyph: '{ }',
      keys: ['Mod', 'Alt', 'C'],
      isActive: (e) => e.isActive('codeBlock'),
      run: (e) => e.chain().focus().toggleCodeBlock().run(),
    },
    { label: 'Horizontal rule', glyph: '―', run: (e) => e.chain().focus().setHorizontalRule().run() },
    { label: 'Image', glyph: 'Image', run: () => 'image' },
  ],
  [
    {
      label: 'Undo',
      glyph: '↶',
      keys: ['Mod', 'Z'],
      isEnabled: (e) => e.can().undo(),
      run: (e) => e.chain().focus().undo().run(),
    },
    {
      label: 'Redo',
      glyph: '↷',
      keys: ['Mod', 'Shift', 'Z'],
      isEnabled: (e) => e.can().redo(),
      run: (e) => e.chain().focus().redo().run(),
    },
  ],
];

/** `aria-keyshortcuts` value: both Control and Meta, since "Mod" is either. */
export function ariaKeyShortcuts(keys: string[]): string {
  const withModifier = (mod: string) => keys.map((k) => (k === 'Mod' ? mod : k)).join('+');
  return keys.includes('Mod') ? `${withModifier('Control')} ${withModifier('Meta')}` : keys.join('+');
}

/** The shortcut as a person reads it on their platform: "Ctrl+Shift+B" or "⌘⇧B". */
export function shortcutLabel(keys: string[], mac: boolean): string {
  if (!mac) return keys.map((k) => (k === 'Mod' ? 'Ctrl' : k)).join('+');
  const symbols: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };
  return keys.map((k) => symbols[k] ?? k).join('');
}
