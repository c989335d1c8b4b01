import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import yauzl from 'yauzl';
import { ImportRefused, type ImportFormat } from './types';

/** An export file, its format known from its content, that can be read from the start (more than once). */
export interface ImportSource {
  format: ImportFormat;
  /** Bytes that will be read per pass: the file, or the feed inside the zip, uncompressed. */
  size: number;
  open(): Promise<{ chunks: AsyncIterable<string>; bytesRead: () => number }>;
}

const ACCEPTED =
  'Inkwell imports a Blogger backup (Settings › Back up content, an .xml file), a Blogger Google Takeout (the .zip, or the feed.atom inside it) or a WordPress export (Tools › Export, an .xml file).';
const SNIFF_BYTES = 256 * 1024;
const CHUNK = 256 * 1024;
const TAKEOUT_FEED = /(?:^|\/)Blogger\/Blogs\/[^/]+\/feed\.atom$/;

async function readHead(filePath: string): Promise<Buffer> {
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Which export this is, from its first bytes; otherwise refuses, saying what the file looks like. */
export function formatOfXml(head: string): ImportFormat {
  const text = head.replace(/^\uFEFF/, '');
  const root = /<(?!\?|!)([\w:.-]+)([^>]*)>/.exec(text.replace(/<!--[\s\S]*?-->/g, ''));
  const trimmed = text.trimStart();
  if (!trimmed) throw new ImportRefused(`This file is empty. ${ACCEPTED}`);
  if (!root) {
    if (/^[{[]/.test(trimmed)) throw new ImportRefused(`This looks like a JSON file, not a blog export. ${ACCEPTED}`);
    if (/[\u0000-\u0008]/.test(trimmed.slice(0, 512)))
      throw new ImportRefused(`This looks like a binary file, not a blog export. ${ACCEPTED}`);
    throw new ImportRefused(
      `This does not look like XML (it starts with “${trimmed.slice(0, 40).replace(/\s+/g, ' ')}”). ${ACCEPTED}`,
    );
  }
  const name = root[1].toLowerCase();
  if (name === 'rss') {
    if (/xmlns:wp=["']https?:\/\/wordpress\.org\/export\//.test(text) || /<wp:wxr_version>/.test(text)) return 'wordpress-wxr';
    throw new ImportRefused(`This is an RSS feed, not a WordPress export: a feed holds only recent posts. ${ACCEPTED}`);
  }
  if (name === 'feed') {
    if (text.includes('http://schemas.google.com/blogger/2018')) return 'blogger-takeout';
    if (
      /schemas\.google\.com\/blogger\/2008\/kind#/.test(text) ||
      /<id>tag:blogger\.com,1999:blog-\d+\.archive<\/id>/.test(text)
    ) {
      return 'blogger-backup';
    }
    throw new ImportRefused(`This is an Atom feed, but not a Blogger export: a feed holds only recent posts. ${ACCEPTED}`);
  }
  if (name === 'html' || name === '!doctype')
    throw new ImportRefused(`This looks like a web page (HTML), not a blog export. ${ACCEPTED}`);
  throw new ImportRefused(`This is an XML file whose root element is <${root[1]}>, not a blog export. ${ACCEPTED}`);
}

function fileSource(filePath: string, format: ImportFormat, size: number): ImportSource {
  return {
    format,
    size,
    async open() {
      const stream = fs.createReadStream(filePath, { encoding: 'utf8', highWaterMark: CHUNK });
      return { chunks: stream, bytesRead: () => stream.bytesRead };
    },
  };
}

function openZip(filePath: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(filePath, { lazyEntries: true, autoClose: false }, (error, zip) => (error ? reject(error) : resolve(zip))),
  );
}

async function findFeeds(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  const feeds: yauzl.Entry[] = [];
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (TAKEOUT_FEED.test(entry.fileName) && !/\/Comments\//.test(entry.fileName)) feeds.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(feeds));
    zip.on('error', reject);
    zip.readEntry();
  });
}

async function entryChunks(filePath: string, fileName: string) {
  const zip = await openZip(filePath);
  const entry = (await findFeeds(zip)).find((e) => e.fileName === fileName)!;
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.openReadStream(entry, (error, s) => (error ? reject(error) : resolve(s))),
  );
  let read = 0;
  async function* chunks() {
    const decoder = new StringDecoder('utf8');
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        read += chunk.length;
        yield decoder.write(chunk);
      }
      yield decoder.end();
    } finally {
      (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
      zip.close();
    }
  }
  return { chunks: chunks(), bytesRead: () => read };
}

async function zipSource(filePath: string): Promise<ImportSource> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(filePath);
  } catch (error) {
    throw new ImportRefused(`This is a damaged zip archive (${(error as Error).message}). ${ACCEPTED}`);
  }
  const feeds = await findFeeds(zip);
  zip.close();
  if (feeds.length === 0) {
    throw new ImportRefused(`This zip archive holds no Blogger blog (no Takeout/Blogger/Blogs/<blog>/feed.atom). ${ACCEPTED}`);
  }
  if (feeds.length > 1) {
    const names = feeds.map((f) => f.fileName.split('/').slice(-2, -1)[0]).join(', ');
    throw new ImportRefused(
      `This Takeout archive holds ${feeds.length} blogs (${names}): import each blog's feed.atom on its own.`,
    );
  }
  const [feed] = feeds;
  const probe = await entryChunks(filePath, feed.fileName);
  let head = '';
  for await (const chunk of probe.chunks) {
    head += chunk;
    if (head.length >= SNIFF_BYTES) break;
  }
  const format = formatOfXml(head);
  return { format, size: feed.uncompressedSize, open: () => entryChunks(filePath, feed.fileName) };
}

/** Opens an export for reading, knowing its format from what is in it (never from its name). */
export async function openImportSource(filePath: string): Promise<ImportSource> {
  const stat = await fs.promises.stat(filePath);
  const head = await readHead(filePath);
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return zipSource(filePath);
  if (head.subarray(0, 2).equals(Buffer.from([0x1f, 0x8b]))) {
    throw new ImportRefused(`This is a gzip-compressed file: unpack it first. ${ACCEPTED}`);
  }
  return fileSource(filePath, formatOfXml(new StringDecoder('utf8').write(head)), stat.size);
}
