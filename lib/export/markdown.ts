import TurndownService from 'turndown';
import type { ExportPost } from '@/db/queries/export';

// One Markdown file per post and page for the zip export: YAML front matter, then the body
// converted by turndown (the well-kept HTML → Markdown converter), with one rule of ours for
// Inkwell's quote figure, which turndown alone would flatten into a quote and a stray caption line.

const MEDIA_SRC = /^\/media\/([0-9a-f]{64})\/\d+\.(\w+)$/;

/** Where a post's image is in the zip, from its Markdown file: the full-size image, named by hash. */
export function zipImagePath(hash: string, extension: string): string {
  return `images/${hash}.${extension}`;
}

function childElement(node: HTMLElement, name: string): HTMLElement | null {
  for (const child of Array.from(node.children)) if (child.nodeName === name) return child as HTMLElement;
  return null;
}

function quoteBlock(markdown: string): string {
  return markdown
    .trim()
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function createConverter(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
    hr: '---',
  });

  // <figure><blockquote cite="URL">…</blockquote><figcaption>— <cite>Source</cite></figcaption></figure>
  // (docs/editor.md) becomes a blockquote whose last line is the source, linked when it has a URL.
  service.addRule('quoteFigure', {
    filter: (node) => node.nodeName === 'FIGURE' && childElement(node, 'BLOCKQUOTE') !== null,
    replacement: (_content, node) => {
      const figure = node as HTMLElement;
      const quote = childElement(figure, 'BLOCKQUOTE')!;
      const caption = childElement(figure, 'FIGCAPTION');
      const name = (caption?.querySelector('cite')?.textContent ?? caption?.textContent ?? '').replace(/^\s*[—–-]\s*/, '').trim();
      const url = quote.getAttribute('cite') ?? '';
      const escapedName = service.escape(name);
      const source = name && url ? `[${escapedName}](${url})` : name ? escapedName : url ? `<${url}>` : '';
      const body = quoteBlock(service.turndown(quote.innerHTML));
      return `\n\n${body}${source ? `\n>\n> — ${source}` : ''}\n\n`;
    },
  });

  // Uploaded images point at the zip's own copy, so the Markdown reads offline.
  service.addRule('uploadedImage', {
    filter: (node) => node.nodeName === 'IMG' && MEDIA_SRC.test(node.getAttribute('src') ?? ''),
    replacement: (_content, node) => {
      const image = node as HTMLElement;
      const [, hash, extension] = MEDIA_SRC.exec(image.getAttribute('src')!)!;
      const alt = service.escape(image.getAttribute('alt') ?? '');
      return `![${alt}](../${zipImagePath(hash, extension)})`;
    },
  });
  return service;
}

let converter: TurndownService | undefined;

export function htmlToMarkdown(html: string): string {
  converter ??= createConverter();
  return converter.turndown(html).trim();
}

/**
 * A YAML string that reads back exactly: JSON's double-quoted strings are YAML's too. U+2028/2029
 * are escaped because YAML 1.1 readers take them for line breaks.
 */
function yamlString(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function frontMatter(post: ExportPost): string {
  const lines = [
    `title: ${yamlString(post.title)}`,
    // A draft has no publication date yet; its last change stands in, and `status` says which it is.
    `date: ${(post.publishedAt ?? post.updatedAt).toISOString()}`,
    `updated: ${post.updatedAt.toISOString()}`,
    `labels: [${post.labels.map((label) => yamlString(label.name)).join(', ')}]`,
    `slug: ${yamlString(post.slug)}`,
    `status: ${yamlString(post.status)}`,
    `kind: ${yamlString(post.kind)}`,
  ];
  if (post.excerpt) lines.push(`excerpt: ${yamlString(post.excerpt)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export function postMarkdown(post: ExportPost): string {
  const body = htmlToMarkdown(post.contentHtml);
  return `${frontMatter(post)}\n${body ? `${body}\n` : ''}`;
}

/** `posts/<slug>.md` or `pages/<slug>.md`: slugs are unique, so names never collide. */
export function markdownPath(post: Pick<ExportPost, 'kind' | 'slug'>): string {
  return `${post.kind === 'page' ? 'pages' : 'posts'}/${post.slug}.md`;
}
