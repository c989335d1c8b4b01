import { describe, expect, it } from 'vitest';
import { TOOLBAR_GROUPS } from './toolbar-actions';

// axe's label-content-name-mismatch (WCAG 2.5.3, label in name), as axe-core 4.14 judges it: the
// glyph's words (letters and digits, lower-cased) must appear in the name as whole words, outside
// parentheses. A glyph that is a symbol ("¶", "•") or a single letter ("B") is exempt.
const words = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\([^()]*\)/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const exempt = (glyph: string) => words(glyph).length === 0 || /^\p{L}$/u.test(glyph.trim());

describe('toolbar buttons', () => {
  it.each(TOOLBAR_GROUPS.flat().map((a) => [a.glyph, a.label]))(
    '"%s" is named "%s", which contains what it shows',
    (glyph, label) => {
      if (exempt(glyph)) return;
      const name = words(label);
      const shown = words(glyph);
      const at = name.findIndex((_, i) => shown.every((w, j) => name[i + j] === w));
      expect(at, `"${label}" does not contain "${glyph}" as words`).toBeGreaterThanOrEqual(0);
    },
  );
});
