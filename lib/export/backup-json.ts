import 'server-only';
import type { ExportPost } from '@/db/queries/export';
import type { PostKind } from '@/db/schema';
import { extensionOf } from '@/lib/media/urls';
import { zipImagePath } from './markdown';
import type { ExportSource } from './source';

// blog.json in the zip: everything, machine-readable, written as it is read. Users carry their
// name, role, email and bio — the owner's own backup, and what matching accounts on a restore
// needs — but never a password hash: a backup travels (mail, cloud drives) and a hash is
// crackable offline; people set a new password instead (docs/export.md).

export const BACKUP_FORMAT = { name: 'inkwell-backup', version: 1 } as const;

const json = (value: unknown) => JSON.stringify(value);

function postRecord(post: ExportPost) {
  const { labels, comments, redirectsFrom, ...fields } = post;
  return { ...fields, labels: labels.map((label) => label.slug), redirectsFrom, comments };
}

async function* itemsOfKind(source: ExportSource, kind: PostKind, onItem?: () => void): AsyncGenerator<string> {
  let first = true;
  for await (const post of source.posts(kind)) {
    yield `${first ? '' : ','}\n    ${json(postRecord(post))}`;
    first = false;
    onItem?.();
  }
  if (!first) yield '\n  ';
}

/** blog.json in pieces of one post or page each. `onItem` is called after each. */
export async function* backupJsonChunks(source: ExportSource, onItem?: () => void): AsyncGenerator<string> {
  const head = {
    format: BACKUP_FORMAT.name,
    version: BACKUP_FORMAT.version,
    exportedAt: source.exportedAt,
    site: source.site,
    settings: source.rawSettings,
    users: source.users,
    labels: source.labels,
    subscriptions: source.subscriptions,
  };
  // The head's own JSON, left open for the lists that follow.
  yield `${JSON.stringify(head, null, 2).replace(/\n}$/, '')},\n  "posts": [`;
  yield* itemsOfKind(source, 'post', onItem);
  yield '],\n  "pages": [';
  yield* itemsOfKind(source, 'page', onItem);
  yield '],\n  "images": [';
  let first = true;
  for await (const image of source.images()) {
    yield `${first ? '' : ','}\n    ${json({ ...image, file: zipImagePath(image.hash, extensionOf(image.mimeType) ?? 'bin') })}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}]\n}\n`;
}
