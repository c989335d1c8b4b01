import 'server-only';
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { extensionOf } from '@/lib/media/urls';
import { backupJsonChunks } from './backup-json';
import { markdownPath, postMarkdown, zipImagePath } from './markdown';
import type { ExportSource } from './source';

// The zip export: README.txt, posts/<slug>.md and pages/<slug>.md, images/<hash>.<ext> (each
// image's full-size rendition) and blog.json, written with yazl as the reader of the stream asks.
//
// yazl writes entries one after another, and takes each entry's data only when its turn comes
// (addReadStreamLazy). Entries are added no further than a few ahead of the one being written, so
// a slow download holds a few posts in memory, not the blog: the database is read at the pace
// the bytes leave.

const ENTRIES_AHEAD = 8;

const README = `This is an export of an Inkwell blog.

posts/<slug>.md, pages/<slug>.md   one Markdown file per post and page, with YAML front matter
                                   (title, date, updated, labels, slug, status, kind, excerpt)
images/<hash>.<ext>                every uploaded image at full size, named by its content hash
blog.json                          everything in one file: settings, users (no passwords),
                                   labels, posts and pages with their comments and redirects

For WordPress, use the WXR export instead (npm run export -- --format wxr).
`;

export function zipStream(source: ExportSource, onItem?: () => void): Readable {
  const zip = new ZipFile();
  let added = 0;
  let started = 0;
  let wake: (() => void) | null = null;

  function add(name: string, mtime: Date, open: () => Readable | Promise<Readable>) {
    added += 1;
    zip.addReadStreamLazy(name, { mtime }, (callback) => {
      started += 1;
      wake?.();
      Promise.resolve()
        .then(open)
        .then(
          (stream) => callback(null, stream),
          (error: Error) => callback(error, undefined as unknown as Readable),
        );
    });
  }

  async function room() {
    while (added - started >= ENTRIES_AHEAD) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
  }

  async function produce() {
    add('README.txt', source.exportedAt, () => Readable.from(Buffer.from(README)));
    for await (const post of source.posts()) {
      await room();
      const markdown = Buffer.from(postMarkdown(post));
      add(markdownPath(post), post.updatedAt, () => Readable.from(markdown));
      onItem?.();
    }
    for await (const image of source.images()) {
      await room();
      add(zipImagePath(image.hash, extensionOf(image.mimeType) ?? 'bin'), source.exportedAt, async () =>
        Readable.from((await source.imageBytes(image)) ?? Buffer.alloc(0)),
      );
    }
    await room();
    add('blog.json', source.exportedAt, () => Readable.from(asBuffers(backupJsonChunks(source, onItem))));
    zip.end();
  }

  const output = zip.outputStream as Readable;
  zip.on('error', (error: Error) => output.destroy(error));
  produce().catch((error: Error) => output.destroy(error));
  return output;
}

async function* asBuffers(chunks: AsyncIterable<string>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) yield Buffer.from(chunk);
}
