import type { Extensions } from '@tiptap/core';
import Heading from '@tiptap/extension-heading';
import Image from '@tiptap/extension-image';
import Link from '@tiptap/extension-link';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { isAllowedLinkHref, isWebUrl, stripTrackingParams } from '@/lib/content/links';
import { Quote } from './quote';

/**
 * The editor's schema is the first filter on what an author can put in a post: anything it has no
 * node, mark or attribute for (styles, classes, scripts, iframes, tracking attributes) is dropped
 * when HTML is pasted or loaded. It mirrors lib/content/sanitize.ts, which the server applies anyway.
 */

// Posts have one h1 (the title): pasted h1 become h2, and h4–h6 become h3.
const PostHeading = Heading.extend({
  parseHTML() {
    return [
      { tag: 'h1', attrs: { level: 2 } },
      { tag: 'h2', attrs: { level: 2 } },
      { tag: 'h3', attrs: { level: 3 } },
      { tag: 'h4', attrs: { level: 3 } },
      { tag: 'h5', attrs: { level: 3 } },
      { tag: 'h6', attrs: { level: 3 } },
    ];
  },
}).configure({ levels: [2, 3] });

// Only href and title survive; target, rel and class from pasted pages are not kept (the server sets rel).
const PostLink = Link.extend({
  addAttributes() {
    return {
      href: {
        default: null,
        parseHTML: (element) => {
          const href = element.getAttribute('href');
          return href ? stripTrackingParams(href) : null;
        },
      },
      title: { default: null },
    };
  },
}).configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  HTMLAttributes: { target: null, rel: null, class: null },
  isAllowedUri: (url) => isAllowedLinkHref(url),
});

const isTrackingPixel = (img: HTMLElement) =>
  Number(img.getAttribute('width')) > 0 && Number(img.getAttribute('width')) <= 2 && Number(img.getAttribute('height')) <= 2;

const isImageSource = (src: string) => isWebUrl(src) || /^\/(?![/\\])/.test(src.trim());

/** A pasted srcset only if every candidate is an image address the editor accepts as a src. */
const imageSrcset = (srcset: string | null) =>
  srcset && srcset.split(',').every((candidate) => isImageSource(candidate.trim().split(/\s+/)[0] ?? '')) ? srcset : null;

export interface PostImageAttributes {
  src: string;
  alt: string;
  width?: number | null;
  height?: number | null;
  srcset?: string | null;
  sizes?: string | null;
}

/** Responsive images: `src`, `srcset`, `sizes`, `alt` and intrinsic `width`/`height` (no layout shift). */
const PostImage = Image.extend({
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '', parseHTML: (el) => el.getAttribute('alt') ?? '' },
      width: { default: null },
      height: { default: null },
      srcset: { default: null, parseHTML: (el) => imageSrcset(el.getAttribute('srcset')) },
      sizes: { default: null },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'img[src]',
        getAttrs: (img) => (isImageSource(img.getAttribute('src') ?? '') && !isTrackingPixel(img) ? null : false),
      },
    ];
  },
  // Images arrive by upload (with alt text), drag-and-drop or paste, never by typing a URL.
  addInputRules() {
    return [];
  },
}).configure({ inline: false, allowBase64: false });

export function postEditorExtensions({ placeholder }: { placeholder?: string } = {}): Extensions {
  return [
    StarterKit.configure({
      blockquote: false,
      heading: false,
      link: false,
      // Underline reads as a link on the web; not offered.
      underline: false,
      // No language classes: the allowlist keeps no class attributes.
      codeBlock: { languageClassPrefix: null },
    }),
    PostHeading,
    PostLink,
    PostImage,
    Quote,
    ...(placeholder ? [Placeholder.configure({ placeholder })] : []),
  ];
}
