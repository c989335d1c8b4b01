import { expect, type Page } from '@playwright/test';
import { SENTINEL } from '../../lib/testing/hostile-corpus';

/**
 * Arms a page against the hostile corpus: the sentinel every vector calls (`top.__xss(id)`) is
 * installed before any of the page's own script, and any dialog (alert, confirm, prompt) is
 * recorded. `check` fails if a vector ran, or if markup survived that would run on a hover, a
 * click or a focus (event handlers, script URLs, frames), which a load alone does not trigger.
 */
export async function armXssTrap(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript((name) => {
    const calls: number[] = [];
    Object.defineProperty(window, `${name}Calls`, { value: calls });
    Object.defineProperty(window, name, { value: (id: number) => calls.push(id) });
  }, SENTINEL);

  return {
    /** Fails naming the vectors that ran, the dialogs that opened and the live markup found. */
    async check(where: string) {
      await page.waitForLoadState('load');
      const calls = await page.evaluate(
        (name) => (window as unknown as Record<string, number[]>)[`${name}Calls`] ?? [],
        SENTINEL,
      );
      const markup = await page.evaluate(liveMarkup, SENTINEL);
      expect({ where, calls, dialogs, markup }).toEqual({ where, calls: [], dialogs: [], markup: [] });
    },
  };
}

/** Runs in the page: elements and attributes that would run code on an interaction, or load a document. */
function liveMarkup(sentinel: string): string[] {
  const found: string[] = [];
  const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'cite', 'srcset'];
  // React renders this on forms whose action is a client function, until it hydrates; it runs nothing.
  const reactFormAction = (value: string) =>
    /^javascript:throw new Error\('(A )?React form (was )?unexpectedly submitted/.test(value);
  // Read as the browser reads it (a percent-encoded colon is a relative path, not a scheme).
  const scriptish = (value: string) =>
    value
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
      .some((url) => {
        try {
          const { protocol, href } = new URL(url, document.baseURI);
          return (
            protocol === 'javascript:' ||
            protocol === 'vbscript:' ||
            (protocol === 'data:' && !/^data:image\/(png|jpeg|gif|webp|avif)[;,]/i.test(href))
          );
        } catch {
          return false;
        }
      });
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'applet', 'isindex'].includes(tag)) found.push(`<${tag}>`);
    if (tag === 'meta' && el.hasAttribute('http-equiv')) found.push('<meta http-equiv>');
    if (tag === 'set' || tag === 'animate') found.push(`<${tag}>`);
    if (tag === 'script' && el.getAttribute('type') !== 'application/ld+json') {
      const text = el.textContent ?? '';
      // Next's own flight data carries page text (escaped) in self.__next_f.push(…) calls.
      if ((el.getAttribute('src') ?? '').includes(sentinel) || (text.includes(sentinel) && !text.startsWith('self.__next_f'))) {
        found.push(`<script>${text.slice(0, 80)}`);
      }
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
      if (URL_ATTRIBUTES.includes(name) && !reactFormAction(attr.value) && scriptish(attr.value))
        found.push(`<${tag} ${name}=${attr.value.slice(0, 60)}>`);
      if (name === 'srcdoc') found.push(`<${tag} srcdoc>`);
      if (name === 'style' && /expression\(|javascript:|behavior|@import/i.test(attr.value))
        found.push(`<${tag} style=${attr.value.slice(0, 60)}>`);
    }
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      JSON.parse(script.textContent ?? '');
    } catch {
      found.push('ld+json that is not JSON (broken out of)');
    }
  }
  return found;
}
