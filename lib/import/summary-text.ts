import type { ImportSummary } from './types';

const FORMAT_NAMES = {
  'blogger-backup': 'Blogger backup',
  'blogger-takeout': 'Blogger Google Takeout',
  'wordpress-wxr': 'WordPress export (WXR)',
} as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The summary of an import as a person reads it on the console. */
export function formatSummary(s: ImportSummary): string {
  const c = s.created;
  const u = s.unchanged;
  const lines = [`${FORMAT_NAMES[s.format]}, read in ${(s.durationMs / 1000).toFixed(1)} s.`];
  const made = [
    plural(c.posts, 'post'),
    plural(c.pages, 'page'),
    plural(c.comments, 'comment'),
    plural(c.labels, 'label'),
    plural(c.users, 'author'),
  ];
  if (s.images) made.push(plural(c.images, 'image'));
  lines.push(`Created: ${made.join(', ')}.`);
  if (c.users) lines.push('  New authors are disabled and cannot sign in until an admin enables them and resets their password.');
  if (u.posts + u.pages + u.comments > 0) {
    const nothingNew = c.posts + c.pages + c.comments === 0;
    lines.push(
      `${nothingNew ? 'Nothing new: already imported' : 'Already imported, left as they are'}: ${plural(u.posts, 'post')}, ${plural(u.pages, 'page')}, ${plural(u.comments, 'comment')}.`,
    );
  }
  if (s.skipped.length) {
    lines.push(`Skipped ${s.skipped.length}:`);
    for (const k of s.skipped) lines.push(`  - ${k.kind}: ${k.item} (${k.reason})`);
  }
  const failed = s.images?.filter((i) => i.result === 'failed') ?? [];
  if (failed.length) {
    lines.push(`Images left as links to the old blog (${failed.length}):`);
    for (const i of failed) lines.push(`  - ${i.url} (${i.reason})`);
  }
  for (const w of s.warnings ?? []) lines.push(`Note: ${w}`);
  if (s.redirects.length) lines.push(`Old addresses recorded: ${s.redirects.length} (they lead to the new ones).`);
  if (s.cacheRefresh) lines.push(s.cacheRefresh);
  return lines.join('\n');
}
