// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import fs from 'node:fs';
import path from 'node:path';
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { sanitizePostHtml } from '@/lib/content/sanitize';
import { HOSTILE_VECTORS, unsafeMarkup } from '@/lib/testing/hostile-corpus';
import { htmlStructure } from '@/lib/testing/html-structure';
import { postEditorExtensions } from './extensions';

// ProseMirror reads pasted <style> rules through the legacy `rules` alias, which happy-dom lacks.
if (!('rules' in CSSStyleSheet.prototype)) {
  Object.defineProperty(CSSStyleSheet.prototype, 'rules', {
    get(this: CSSStyleSheet) {
      return this.cssRules;
    },
  });
}

const editors: Editor[] = [];

function makeEditor(content = '') {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions: postEditorExtensions(), content });
  editors.push(editor);
  return editor;
}

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
  document.body.innerHTML = '';
});

/** What the editor would save: its HTML without the empty trailing paragraph the sanitizer drops anyway. */
const saved = (editor: Editor) => editor.getHTML().replace(/<p><\/p>$/, '');

/** Types text the way a person does, so input rules (markdown shortcuts) run. */
function type(editor: Editor, text: string) {
  for (const char of text) {
    const { from, to } = editor.state.selection;
    const handled = editor.view.someProp('handleTextInput', (handler) =>
      handler(editor.view, from, to, char, () => editor.state.tr.insertText(char, from, to)),
    );
    if (!handled) editor.view.dispatch(editor.state.tr.insertText(char, from, to));
  }
}

const QUOTE_WITH_SOURCE =
  '<figure><blockquote cite="https://news.example/story"><p>First paragraph.</p><p>Second paragraph.</p></blockquote>' +
  '<figcaption>— <cite>The Daily Example</cite></figcaption></figure>';

describe('quotes', () => {
  it('serializes a quote with a source exactly as docs/editor.md shows it', () => {
    expect(saved(makeEditor(QUOTE_WITH_SOURCE))).toBe(QUOTE_WITH_SOURCE);
  });

  it('serializes a quote without a source as a plain blockquote, and a URL alone as its cite', () => {
    expect(saved(makeEditor('<blockquote><p>Q</p></blockquote>'))).toBe('<blockquote><p>Q</p></blockquote>');
    expect(saved(makeEditor('<blockquote cite="https://a.example/"><p>Q</p></blockquote>'))).toBe(
      '<blockquote cite="https://a.example/"><p>Q</p></blockquote>',
    );
  });

  it('reads a source caption without a cite element', () => {
    const editor = makeEditor('<figure><blockquote><p>Q</p></blockquote><figcaption>– Someone Famous</figcaption></figure>');
    expect(saved(editor)).toBe(
      '<figure><blockquote><p>Q</p></blockquote><figcaption>— <cite>Someone Famous</cite></figcaption></figure>',
    );
  });

  it('does not take a cite that is not a web address', () => {
    expect(saved(makeEditor('<blockquote cite="javascript:alert(1)"><p>Q</p></blockquote>'))).toBe(
      '<blockquote><p>Q</p></blockquote>',
    );
  });

  it('wraps several selected paragraphs in one quote and toggles the whole quote off again', () => {
    const editor = makeEditor('<p>Intro</p><p>One</p><p>Two</p><p>Outro</p>');
    const doc = editor.state.doc;
    const start = doc.child(0).nodeSize + 1;
    const end = start + doc.child(1).nodeSize + doc.child(2).nodeSize - 2;
    editor.chain().setTextSelection({ from: start, to: end }).toggleBlockquote().run();
    expect(saved(editor)).toBe('<p>Intro</p><blockquote><p>One</p><p>Two</p></blockquote><p>Outro</p>');

    editor
      .chain()
      .setTextSelection(start + 2)
      .toggleBlockquote()
      .run();
    expect(saved(editor)).toBe('<p>Intro</p><p>One</p><p>Two</p><p>Outro</p>');
  });

  it('sets, changes and removes a source', () => {
    const editor = makeEditor('<blockquote><p>Q</p></blockquote>');
    editor.chain().setTextSelection(2).setQuoteSource({ name: 'A Source', url: 'https://src.example/a' }).run();
    expect(saved(editor)).toBe(
      '<figure><blockquote cite="https://src.example/a"><p>Q</p></blockquote><figcaption>— <cite>A Source</cite></figcaption></figure>',
    );
    editor.chain().setTextSelection(2).setQuoteSource({ name: 'Only a name', url: 'javascript:alert(1)' }).run();
    expect(saved(editor)).toBe(
      '<figure><blockquote><p>Q</p></blockquote><figcaption>— <cite>Only a name</cite></figcaption></figure>',
    );
    editor.chain().setTextSelection(2).setQuoteSource(null).run();
    expect(saved(editor)).toBe('<blockquote><p>Q</p></blockquote>');
  });

  it('refuses to set a source outside a quote', () => {
    const editor = makeEditor('<p>Not a quote</p>');
    expect(editor.chain().setTextSelection(2).setQuoteSource({ name: 'x', url: null }).run()).toBe(false);
  });

  it('shows the source in the editor with a button to edit it, outside the editable text', () => {
    const editor = makeEditor(QUOTE_WITH_SOURCE);
    const caption = editor.view.dom.querySelector('figcaption')!;
    expect(caption.getAttribute('contenteditable')).toBe('false');
    expect(caption.textContent).toContain('— The Daily Example');
    expect(caption.querySelector('button')?.textContent).toBe('Edit source');
  });
});

describe('markdown shortcuts while typing', () => {
  it('turns "> " into a quote, "## " into a heading and "- " into a list', () => {
    for (const [typed, expected] of [
      ['> Quoted', '<blockquote><p>Quoted</p></blockquote>'],
      ['## Heading', '<h2>Heading</h2>'],
      ['### Smaller', '<h3>Smaller</h3>'],
      ['- Item', '<ul><li><p>Item</p></li></ul>'],
      ['1. First', '<ol><li><p>First</p></li></ol>'],
    ]) {
      const editor = makeEditor('<p></p>');
      editor.commands.setTextSelection(1);
      type(editor, typed);
      expect(saved(editor)).toBe(expected);
    }
  });

  it('turns **bold** into bold text', () => {
    const editor = makeEditor('<p></p>');
    editor.commands.setTextSelection(1);
    type(editor, 'a **strong** word');
    expect(saved(editor)).toBe('<p>a <strong>strong</strong> word</p>');
  });
});

describe('pasting', () => {
  const newsPage = `
    <meta charset="utf-8"><style>p { color: red }</style><script>track()</script>
    <div class="article" data-analytics="x" style="font-family: Georgia">
      <h1 class="headline">Council approves the bridge</h1>
      <p style="margin:0" onclick="steal()">The council voted on <a href="https://news.example/vote?utm_source=tw&amp;id=3" class="inline" data-track="1" target="_blank" ping="https://t.example">Tuesday</a>.</p>
      <blockquote class="pull"><p>"It will change the town," said the mayor.</p><p>Second paragraph of the quote.</p></blockquote>
      <iframe title="Advertisement" srcdoc="&lt;script&gt;x()&lt;/script&gt;"></iframe>
      <img src="https://t.example/pixel.gif" width="1" height="1">
      <p><a href="javascript:alert(1)">Click me</a> and <span style="font-weight:bold">go on</span>.</p>
      <form><input name="email"></form>
    </div>`;

  it('keeps paragraphs, links and quotes and drops styles, scripts and tracking', () => {
    const editor = makeEditor('<p></p>');
    editor.commands.setTextSelection(1);
    editor.view.pasteHTML(newsPage);
    const html = saved(editor);
    expect(html).toBe(
      '<h2>Council approves the bridge</h2>' +
        '<p>The council voted on <a href="https://news.example/vote?id=3">Tuesday</a>.</p>' +
        '<blockquote><p>"It will change the town," said the mayor.</p><p>Second paragraph of the quote.</p></blockquote>' +
        // Inline bold styling (as Google Docs writes it) is formatting, and becomes bold; the style attribute goes.
        '<p>Click me and <strong>go on</strong>.</p>',
    );
  });
});

describe('editor output survives the server sanitizer', () => {
  // One document per kind of node and mark the toolbar can make.
  const samples: Record<string, string> = {
    paragraph: '<p>Plain text with a<br>line break.</p>',
    headings: '<h2>Section</h2><h3>Subsection</h3>',
    marks: '<p><strong>bold</strong> <em>italic</em> <s>struck</s> <code>code</code></p>',
    links: '<p><a href="https://example.com/">web</a> <a href="mailto:me@example.com">mail</a> <a href="/posts/x">local</a></p>',
    lists: '<ul><li><p>one</p></li><li><p>two</p></li></ul><ol start="3"><li><p>three</p></li></ol>',
    quote: '<blockquote><p>One</p><p>Two</p></blockquote>',
    quoteWithSource: QUOTE_WITH_SOURCE,
    quoteWithNameOnly: '<figure><blockquote><p>Q</p></blockquote><figcaption>— <cite>Anonymous</cite></figcaption></figure>',
    codeBlock: '<pre><code>const a = 1;\nconst b = 2;</code></pre>',
    rule: '<p>Before</p><hr><p>After</p>',
    image:
      '<img src="/media/abc123/960.webp" alt="A heron" width="960" height="640" ' +
      'srcset="/media/abc123/480.webp 480w, /media/abc123/960.webp 960w" sizes="(min-width: 48rem) 45rem, 100vw">',
  };

  it.each(Object.entries(samples))('%s', (_kind, html) => {
    const fromEditor = saved(makeEditor(html));
    expect(htmlStructure(fromEditor)).toBe(htmlStructure(html));
    expect(htmlStructure(sanitizePostHtml(fromEditor))).toBe(htmlStructure(fromEditor));
  });
});

// A post written here in the exact shape of the Blogger post in the design brief (shared/seeds):
// a shouting headline, opinion lines, a two-paragraph quoted passage in single quotes with curly
// quotes inside, blank-line runs and a "Popular posts" list. Our own text, not a copy of theirs.
describe('a Blogger-shaped post', () => {
  const text = fs.readFileSync(path.resolve(__dirname, '../../e2e/fixtures/blogger-shaped-post.txt'), 'utf8');

  it('pasted as text and its quoted passage marked as a quote, gives a faithful post', () => {
    const editor = makeEditor('<p></p>');
    editor.commands.setTextSelection(1);
    editor.view.pasteText(text);

    // The quoted passage is the two paragraphs between the opening and the closing single quote.
    const blocks: { from: number; to: number; text: string }[] = [];
    editor.state.doc.forEach((node, offset) =>
      blocks.push({ from: offset + 1, to: offset + node.nodeSize - 1, text: node.textContent }),
    );
    const first = blocks.findIndex((b) => b.text.startsWith("'...."));
    const last = blocks.findIndex((b) => b.text.endsWith("place to do it.'"));
    expect(last).toBe(first + 1);
    editor.chain().setTextSelection({ from: blocks[first].from, to: blocks[last].to }).toggleBlockquote().run();

    const html = sanitizePostHtml(saved(editor));
    const paragraphsIn = (fragment: string) => fragment.match(/<p>/g)?.length ?? 0;
    const quote = /<blockquote>(.*)<\/blockquote>/s.exec(html)?.[1] ?? '';
    expect(paragraphsIn(quote)).toBe(2);
    expect(quote).toContain('they lend things and they answer questions.');
    expect(quote).toContain('“the library is increasingly the town’s living room, more than strictly a place for books.”');
    // Every non-empty line of the original is a paragraph, in order, with its text intact.
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(paragraphsIn(html)).toBe(lines.length);
    const plain = html.replace(/<[^>]+>/g, '\n');
    let at = 0;
    for (const line of lines) {
      const found = plain.indexOf(line.replace(/&/g, '&amp;'), at);
      expect(found, line).toBeGreaterThanOrEqual(at);
      at = found;
    }
  });
});

describe('quote source by position', () => {
  it('sets the source of the quote at a position (the caption button of that quote)', () => {
    const editor = makeEditor('<p>x</p><blockquote><p>A</p></blockquote><blockquote><p>B</p></blockquote>');
    let second = -1;
    editor.state.doc.forEach((node, offset) => {
      if (node.textContent === 'B') second = offset;
    });
    editor.chain().setTextSelection(1).setQuoteSource({ name: 'Second', url: null }, second).run();
    expect(saved(editor)).toBe(
      '<p>x</p><blockquote><p>A</p></blockquote><figure><blockquote><p>B</p></blockquote><figcaption>— <cite>Second</cite></figcaption></figure>',
    );
  });
});

// What the editor holds is what the author sees and what autosave sends: hostile pasted markup
// must not survive in it, before the server sanitizes it again.
describe('hostile markup loaded into the editor', () => {
  it.each(HOSTILE_VECTORS.map((v) => [v.id, v.payload]))('vector %i leaves nothing unsafe', (_id, payload) => {
    expect(unsafeMarkup(saved(makeEditor(payload)))).toEqual([]);
  });
});
