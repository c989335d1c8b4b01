import LinkifyIt from 'linkify-it';
import { escapeUTF8 as escapeHtml } from 'entities';

const linkify = new LinkifyIt().set({ fuzzyEmail: false });

/**
 * Renders what a reader typed as safe HTML. Readers write plain text only:
 * blank lines separate paragraphs, single newlines are line breaks, lines starting with ">"
 * form a quote, and web addresses become nofollow links. Every character typed is escaped.
 */
export function renderCommentText(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').trim().split('\n');
  const blocks: { quote: boolean; lines: string[] }[] = [];
  let current: { quote: boolean; lines: string[] } | null = null;

  for (const line of lines) {
    const quoted = /^\s*>/.test(line);
    const text = quoted ? line.replace(/^\s*>\s?/, '') : line;
    if (!quoted && text.trim() === '') {
      current = null;
      continue;
    }
    if (!current || current.quote !== quoted) {
      current = { quote: quoted, lines: [] };
      blocks.push(current);
    }
    current.lines.push(text);
  }

  return blocks
    .map((block) => (block.quote ? `<blockquote>${paragraphs(block.lines)}</blockquote>` : paragraphs(block.lines)))
    .join('');
}

function paragraphs(lines: string[]): string {
  const groups: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '') groups.push([]);
    else groups[groups.length - 1].push(line);
  }
  return groups
    .filter((g) => g.length > 0)
    .map((g) => `<p>${g.map(linkifyLine).join('<br>')}</p>`)
    .join('');
}

function linkifyLine(line: string): string {
  const matches = linkify.match(line) ?? [];
  let html = '';
  let last = 0;
  for (const m of matches) {
    html += escapeHtml(line.slice(last, m.index));
    const href = m.url;
    if (/^https?:\/\//i.test(href)) {
      html += `<a href="${escapeHtml(href)}" rel="nofollow ugc noopener">${escapeHtml(m.raw)}</a>`;
    } else {
      html += escapeHtml(m.raw);
    }
    last = m.lastIndex;
  }
  return html + escapeHtml(line.slice(last));
}
