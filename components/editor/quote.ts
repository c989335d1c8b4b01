import { findParentNode } from '@tiptap/core';
import Blockquote, { type BlockquoteOptions } from '@tiptap/extension-blockquote';
import type { Node as PMNode } from '@tiptap/pm/model';
import { liftTarget } from '@tiptap/pm/transform';
import { isWebUrl } from '@/lib/content/links';

export interface QuoteSource {
  name: string;
  url: string | null;
}

/** Dispatched (bubbling) by a quote's "Add source"/"Edit source" button; `detail.pos` is the quote's position. */
export const EDIT_QUOTE_SOURCE_EVENT = 'inkwell:edit-quote-source';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quoteSource: {
      /** Sets (or with null, removes) the source of the quote at `pos`, or else around the selection. */
      setQuoteSource: (source: QuoteSource | null, pos?: number) => ReturnType;
    };
  }
}

const childElement = (parent: HTMLElement, tag: string) =>
  Array.from(parent.children).find((child) => child.tagName.toLowerCase() === tag) as HTMLElement | undefined;

function sourceUrlFrom(quote: HTMLElement): string | null {
  const cite = quote.getAttribute('cite');
  return cite && isWebUrl(cite) ? cite.trim() : null;
}

// A caption is "— Source"; the dash is presentation, added back when rendering.
function sourceNameFrom(figure: HTMLElement): string | null {
  const caption = childElement(figure, 'figcaption');
  if (!caption) return null;
  const cite = caption.querySelector('cite');
  const text = (cite ?? caption).textContent ?? '';
  return (
    text
      .replace(/^[\s—–-]+/, '')
      .replace(/\s+/g, ' ')
      .trim() || null
  );
}

/** The source as a reader sees it: "— Name", linked nowhere (the URL is the quote's `cite`). */
export function quoteSourceLabel(node: PMNode): string | null {
  const name = node.attrs.sourceName as string | null;
  return name ? `— ${name}` : null;
}

/**
 * A blockquote that may carry a source. Without one it is `<blockquote>…</blockquote>`; with one it is
 * `<figure><blockquote cite="URL">…</blockquote><figcaption>— <cite>Name</cite></figcaption></figure>`,
 * the shape docs/editor.md fixes for reader pages and the sanitizer allows. The quote holds any number of
 * paragraphs (content `block+`), and `toggleBlockquote` lifts its content out again.
 */
export const Quote = Blockquote.extend<BlockquoteOptions>({
  addAttributes() {
    return {
      sourceName: { default: null, rendered: false },
      sourceUrl: { default: null, rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        // Only a figure around a quote is one; other figures (images, charts) are read as their content.
        getAttrs: (figure) => {
          const quote = childElement(figure, 'blockquote');
          if (!quote) return false;
          return { sourceName: sourceNameFrom(figure), sourceUrl: sourceUrlFrom(quote) };
        },
        contentElement: (figure) => childElement(figure as HTMLElement, 'blockquote')!,
      },
      { tag: 'blockquote', getAttrs: (quote) => ({ sourceName: null, sourceUrl: sourceUrlFrom(quote) }) },
    ];
  },

  renderHTML({ node }) {
    const url = node.attrs.sourceUrl as string | null;
    const name = node.attrs.sourceName as string | null;
    const quote = ['blockquote', url ? { cite: url } : {}, 0] as const;
    if (!name) return quote;
    return ['figure', {}, quote, ['figcaption', {}, '— ', ['cite', {}, name]]];
  },

  addCommands() {
    return {
      ...this.parent!(),
      // Inside a quote, the Quote button takes the whole quote away (all its paragraphs), not just
      // the paragraph with the cursor: a quote is one thing to the author.
      toggleBlockquote:
        () =>
        ({ state, tr, dispatch, commands }) => {
          const quote = findParentNode((node) => node.type.name === this.name)(state.selection);
          if (!quote) return commands.wrapIn(this.name);
          const range = tr.doc.resolve(quote.start).blockRange(tr.doc.resolve(quote.start + quote.node.content.size));
          const target = range && liftTarget(range);
          if (!range || target === null || target === undefined) return false;
          if (dispatch) tr.lift(range, target);
          return true;
        },
      setQuoteSource:
        (source, pos) =>
        ({ state, tr, dispatch }) => {
          const atPos = pos === undefined ? null : state.doc.nodeAt(pos);
          const quote =
            atPos?.type.name === this.name
              ? { pos: pos!, node: atPos }
              : findParentNode((node) => node.type.name === this.name)(state.selection);
          if (!quote) return false;
          const name = source?.name.trim() || null;
          const url = source?.url && isWebUrl(source.url) ? source.url.trim() : null;
          if (dispatch) tr.setNodeMarkup(quote.pos, undefined, { ...quote.node.attrs, sourceName: name, sourceUrl: url });
          return true;
        },
    };
  },

  addNodeView() {
    return ({ node: initialNode, getPos }) => {
      let node = initialNode;
      const dom = document.createElement('figure');
      dom.className = 'editor-quote';
      const contentDOM = document.createElement('blockquote');
      const caption = document.createElement('figcaption');
      caption.contentEditable = 'false';
      const label = document.createElement('span');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'editor-quote-source-button';
      button.addEventListener('click', () => {
        const pos = getPos();
        if (typeof pos === 'number')
          button.dispatchEvent(new CustomEvent(EDIT_QUOTE_SOURCE_EVENT, { bubbles: true, detail: { pos } }));
      });
      caption.append(label, button);
      dom.append(contentDOM, caption);

      const render = () => {
        const text = quoteSourceLabel(node);
        label.textContent = text ?? '';
        label.hidden = !text;
        button.textContent = text ? 'Edit source' : 'Add source';
        if (node.attrs.sourceUrl) contentDOM.setAttribute('cite', node.attrs.sourceUrl);
        else contentDOM.removeAttribute('cite');
      };
      render();

      return {
        dom,
        contentDOM,
        update: (updated) => {
          if (updated.type !== node.type) return false;
          node = updated;
          render();
          return true;
        },
        // The caption is the node view's own UI, not document content.
        stopEvent: (event) => caption.contains(event.target as globalThis.Node),
        ignoreMutation: (mutation) => caption.contains(mutation.target),
      };
    };
  },
});
