import type { ChildNode, Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';

/**
 * The one corpus of hostile input, for unit tests (the sanitizer, comment text) and end-to-end
 * specs (every field a person can type into, every page that shows it). What an attacker, a
 * compromised import or a pasted page could send.
 *
 * Each vector, if it ever ran, would call `top.__xss(id)` (the specs install that function and
 * fail when it is called) or, where the code would run in another origin (data: documents),
 * `alert(id)` (the specs fail on any dialog). The id is unique, so a failure names its vector.
 *
 * To add a vector: append a line to VECTORS. Nothing else changes.
 */

export type HostileCategory =
  | 'script'
  | 'event handler'
  | 'url scheme'
  | 'svg/mathml'
  | 'attribute breakout'
  | 'css'
  | 'document'
  | 'template'
  | 'unicode'
  | 'long';

export interface HostileVector {
  id: number;
  category: HostileCategory;
  payload: string;
}

/** The sentinel every vector calls: `top.__xss(id)`. */
export const SENTINEL = '__xss';

type Make = (run: string, id: number) => string;

// `run` is the sentinel call for this vector; `id` is for the few that must use alert().
const VECTORS: [HostileCategory, Make][] = [
  // Script tags, plain and disguised.
  ['script', (r) => `<script>${r}</script>`],
  ['script', (r) => `<SCRIPT>${r}</SCRIPT>`],
  ['script', (r) => `<script type="module">${r}</script>`],
  ['script', (r) => `<scr<script>ipt>${r}</scr</script>ipt>`],
  ['script', (r) => `<<script>script>${r}<</script>/script>`],
  ['script', (r) => `<script\n>${r}</script\n>`],
  ['script', (r) => `<xss:script xmlns:xss="http://www.w3.org/1999/xhtml">${r}</xss:script>`],
  ['script', (r) => `<![CDATA[<script>${r}</script>]]>`],
  ['script', (r) => `<!--<img src="--><img src=x onerror=${r}//">`],
  ['script', (r) => `<noscript><p title="</noscript><img src=x onerror=${r}>">`],

  // Event handlers.
  ['event handler', (r) => `<img src=x onerror="${r}">`],
  ['event handler', (r) => `<img src=x onerror=${r}//`],
  ['event handler', (r) => `<p/onclick=${r}>click</p>`],
  ['event handler', (r) => `<svg onload="${r}">`],
  ['event handler', (r) => `<body onload="${r}">`],
  ['event handler', (r) => `<details open ontoggle="${r}"><summary>x</summary></details>`],
  ['event handler', (r) => `<input autofocus onfocus="${r}">`],
  ['event handler', (r) => `<h2 tabindex="0" autofocus onfocus="${r}">x</h2>`],
  ['event handler', (r) => `<video><source onerror="${r}"></video>`],
  ['event handler', (r) => `<audio src=x onerror="${r}"></audio>`],
  ['event handler', (r) => `<marquee onstart="${r}">x</marquee>`],
  ['event handler', (r) => `<blockquote onanimationstart="${r}" style="animation:spin 1s"><p>q</p></blockquote>`],
  ['event handler', (r) => `<a href="https://example.com" onmouseover="${r}">hover</a>`],
  ['event handler', (r) => `<img src=x OnErRoR=${r}>`],

  // javascript:, data: and vbscript: URLs, encoded and padded.
  ['url scheme', (r) => `<a href="javascript:${r}">js</a>`],
  ['url scheme', (r) => `<a href="JaVaScRiPt:${r}">mixed case</a>`],
  ['url scheme', (r) => `<a href=" \tjavascript:${r}">leading space</a>`],
  ['url scheme', (r) => `<a href="java\tscript:${r}">tab inside</a>`],
  ['url scheme', (r) => `<a href="java&#x09;script:${r}">entity tab</a>`],
  ['url scheme', (r) => `<a href="java&#10;script:${r}">entity newline</a>`],
  ['url scheme', (r) => `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${r}">decimal entities</a>`],
  ['url scheme', (r) => `<a href="&#x6A;avascript&colon;${r}">hex and named entities</a>`],
  ['url scheme', (r) => `<a href="&#0000106avascript:${r}">padded entity</a>`],
  ['url scheme', (r) => `<a href="\u0001javascript:${r}">control character</a>`],
  ['url scheme', (r) => `<a href="javascript%3A${r}">percent-encoded colon</a>`],
  ['url scheme', (_r, id) => `<a href="data:text/html;base64,${btoa(`<script>alert(${id})</script>`)}">data base64</a>`],
  ['url scheme', (_r, id) => `<iframe src="data:text/html,<script>alert(${id})</script>"></iframe>`],
  ['url scheme', (r) => `<a href="vbscript:msgbox(${JSON.stringify(r)})">vbscript</a>`],
  ['url scheme', (r) => `<img src="javascript:${r}">`],
  ['url scheme', (r) => `<img src="https://example.com/a.png" srcset="javascript:${r} 1x">`],
  ['url scheme', (r) => `<blockquote cite="javascript:${r}"><p>q</p></blockquote>`],
  ['url scheme', (r) => `<iframe src="javascript:${r}"></iframe>`],
  ['url scheme', (r) => `<form action="javascript:${r}"><button>go</button></form>`],
  ['url scheme', (r) => `<button formaction="javascript:${r}">x</button>`],
  ['url scheme', (r) => `<object data="javascript:${r}"></object>`],
  ['url scheme', (r) => `<embed src="javascript:${r}">`],
  ['url scheme', (r) => `javascript:${r}`],

  // SVG and MathML: foreign content and namespace confusion (mutation XSS).
  ['svg/mathml', (r) => `<svg><script>${r}</script></svg>`],
  ['svg/mathml', (r) => `<svg><a xlink:href="javascript:${r}"><text x="0" y="20">svg link</text></a></svg>`],
  ['svg/mathml', (r) => `<svg><animate onbegin="${r}" attributeName="x" dur="1s"></animate></svg>`],
  ['svg/mathml', (r) => `<svg><set attributeName="onmouseover" to="${r}"/></svg>`],
  ['svg/mathml', (r) => `<math><mtext><table><mglyph><style><img src=x onerror=${r}>`],
  [
    'svg/mathml',
    (r) =>
      `<math><mtext><table><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${r} src=1>"></textarea></mtext></svg></mglyph></table></mtext></math>`,
  ],
  ['svg/mathml', (r) => `<svg></p><style><a id="</style><img src=1 onerror=${r}>">`],
  ['svg/mathml', (r) => `<math href="javascript:${r}">math link</math>`],
  ['svg/mathml', (r) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${r}>`],
  ['svg/mathml', (_r, id) => `<img src="data:image/svg+xml,<svg onload=alert(${id})>">`],

  // Breaking out of an attribute or element the value may be placed in.
  ['attribute breakout', (r) => `"><script>${r}</script>`],
  ['attribute breakout', (r) => `'><img src=x onerror=${r}>`],
  ['attribute breakout', (r) => `" onmouseover="${r}" x="`],
  ['attribute breakout', (r) => `' autofocus onfocus='${r}' x='`],
  ['attribute breakout', (r) => `</textarea><script>${r}</script>`],
  ['attribute breakout', (r) => `</title><script>${r}</script>`],
  ['attribute breakout', (r) => `</style><script>${r}</script>`],
  ['attribute breakout', (r) => `]]></description><script>${r}</script>`],
  ['attribute breakout', (r) => `<p title="a"onmouseover="${r}">x</p>`],
  ['attribute breakout', (r) => `<img """><script>${r}</script>">`],
  ['attribute breakout', (r) => `https://example.com/"><script>${r}</script>`],
  ['attribute breakout', (r) => `https://example.com/?q="><svg onload=${r}>`],
  ['attribute breakout', (r) => `https://example.com/#'onmouseover='${r}'`],
  ['attribute breakout', (r) => `http://example.com/</a><script>${r}</script>`],

  // CSS.
  ['css', (r) => `<div style="background:url(javascript:${r})">x</div>`],
  ['css', (r) => `<p style="width:expression(${r})">x</p>`],
  ['css', (r) => `<style>@import "javascript:${r}";</style>`],
  ['css', (r) => `<style>body{background:url("javascript:${r}")}</style>`],
  ['css', () => `<p style="behavior:url(x.htc)">x</p>`],
  ['css', () => `<link rel="stylesheet" href="https://evil.example/x.css">`],
  ['css', () => `<div style="position:fixed;inset:0;z-index:99999">overlay</div>`],

  // Document-level tags that change how the rest of the page behaves.
  ['document', (r) => `<meta http-equiv="refresh" content="0;url=javascript:${r}">`],
  ['document', (r) => `<base href="javascript:${r}//">`],
  ['document', (r) => `<template><script>${r}</script></template>`],
  ['document', (r) => `<iframe srcdoc="<script>${r}</script>"></iframe>`],
  ['document', (r) => `<isindex action="javascript:${r}" type="image">`],
  ['document', (r) => `<frameset><frame src="javascript:${r}"></frameset>`],

  // Templates and markdown-ish syntax some renderers evaluate.
  ['template', (r) => `{{constructor.constructor("${r}")()}}`],
  ['template', (r) => `\${${r}}`],
  ['template', (r) => `<%= ${r} %>`],
  ['template', (r) => `[click me](javascript:${r})`],
  ['template', (r) => `![x](x" onerror="${r})`],
  ['template', (r) => `> <img src=x onerror=${r}>`],
  ['template', (r) => `<a href="https://example.com" onclick="${r}">https://example.com</a>`],

  // Unicode: direction overrides, full-width look-alikes, invisible characters.
  ['unicode', (r) => `\u202e<script>${r}</script>`],
  ['unicode', (r) => `\uff1cscript\uff1e${r}\uff1c/script\uff1e`],
  ['unicode', (r) => `<a href="java\u200bscript:${r}">zero-width space</a>`],
  ['unicode', (r) => `<img src=x \u2028onerror=${r}>`],
  ['unicode', (r) => `\ufeff<svg onload=${r}>`],

  // Very long input, where a truncation could cut a tag or an entity in half.
  ['long', (r) => `${'a'.repeat(280)}<img src=x onerror=${r}>`],
  ['long', (r) => `${'<b>'.repeat(400)}<img src=x onerror=${r}>`], // Chromium's parser nests at most 512 deep
];

export const HOSTILE_VECTORS: HostileVector[] = VECTORS.map(([category, make], index) => {
  const id = index + 1;
  return { id, category, payload: make(`top.${SENTINEL}(${id})`, id) };
});

/**
 * Ends every context a vector can leave open (a comment, raw-text elements, foreign content), so
 * vectors joined into one document each start afresh instead of swallowing the ones after them.
 */
export const CLOSE_EVERYTHING =
  '--></noscript></template></textarea></style></title></script></iframe></noembed></noframes></xmp></select></svg></math>]]>';

/** The whole corpus as one HTML document, each vector after a paragraph that names it. */
export const corpusHtml = (mark: string) =>
  HOSTILE_VECTORS.map((v) => `<p>${mark} vector ${v.id}</p>${v.payload}${CLOSE_EVERYTHING}`).join('\n');

/** Vectors that are also web addresses a form accepts (http or https), for website fields. */
export const urlVectors = () =>
  HOSTILE_VECTORS.filter((v) => {
    try {
      return ['http:', 'https:'].includes(new URL(v.payload).protocol);
    } catch {
      return false;
    }
  });

/** Vectors that fit a field of `maxLength` characters (names, labels, titles). */
export const vectorsUpTo = (maxLength: number) => HOSTILE_VECTORS.filter((v) => v.payload.length <= maxLength);

// ---- Checking HTML that is meant to be safe (stored post bodies, feed content) ----------------

const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'strong',
  'em',
  's',
  'u',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'cite',
  'code',
  'pre',
  'hr',
  'img',
  'sub',
  'sup',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f]/g;

/** A URL attribute is safe when, read as a browser reads it, it names no scheme other than http(s) or mailto. */
function isSafeUrl(value: string): boolean {
  const compact = decodeHTML(value).replace(IGNORED_BY_BROWSERS, '');
  if (compact.startsWith('//')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  return !scheme || ['http', 'https', 'mailto'].includes(scheme);
}

/**
 * What in an HTML fragment a browser would run or load on its own: tags outside the post
 * allowlist, event handlers, style attributes, unsafe URLs, comments. Empty when it is safe.
 */
export function unsafeMarkup(html: string): string[] {
  const found: string[] = [];
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'comment' || node.type === 'cdata' || node.type === 'directive') found.push(`${node.type} node`);
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const el = node as Element;
      if (!ALLOWED_TAGS.has(el.name)) found.push(`<${el.name}>`);
      for (const [name, value] of Object.entries(el.attribs)) {
        if (name.startsWith('on')) found.push(`${name} handler`);
        if (name === 'style') found.push('style attribute');
        if (URL_ATTRIBUTES.has(name) && !isSafeUrl(value)) found.push(`${name}=${value}`);
        if (name === 'srcset' && value.split(',').some((candidate) => !isSafeUrl(candidate.trim().split(/\s+/)[0] ?? ''))) {
          found.push(`srcset=${value}`);
        }
      }
      visit(el.children);
    }
  };
  visit(parseDocument(html).children);
  return found;
}
