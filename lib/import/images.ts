import 'server-only';
import render from 'dom-serializer';
import { findAll } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { IMAGE_LIMITS } from '@/lib/media/limits';
import { ImageRejectedError } from '@/lib/media/process';
import { storeUploadedImage } from '@/lib/media/store';
import type { ImportedImage } from './types';

// Hosts that serve a Blogger or WordPress.com blog's images whatever the blog's own address is.
const IMAGE_HOSTS = [
  /(^|\.)bp\.blogspot\.com$/,
  /(^|\.)blogger\.googleusercontent\.com$/,
  /^i[0-3]\.wp\.com$/,
  /(^|\.)files\.wordpress\.com$/,
];

type Stored = { ok: true; attrs: Awaited<ReturnType<typeof storeUploadedImage>> } | { ok: false; reason: string };

/**
 * Brings the old blog's images into Inkwell's media, re-encoded like uploads (lib/media), and points
 * the posts at them. Each address is fetched once per import; a failure leaves that image's old link.
 */
export class ImageFetcher {
  private readonly done = new Map<string, Promise<Stored>>();
  readonly results: ImportedImage[] = [];

  constructor(
    private readonly oldHosts: Set<string>,
    private readonly uploadedBy: number | null,
  ) {}

  addHost(url: string) {
    try {
      this.oldHosts.add(new URL(url).host);
    } catch {
      // not a URL: nothing to add
    }
  }

  private fromOldBlog(src: string): boolean {
    try {
      const url = new URL(src);
      return /^https?:$/.test(url.protocol) && (this.oldHosts.has(url.host) || IMAGE_HOSTS.some((h) => h.test(url.hostname)));
    } catch {
      return false;
    }
  }

  /** The post's HTML with its old-blog images replaced by stored ones. */
  async rewrite(html: string): Promise<string> {
    if (!/<img/i.test(html)) return html;
    const doc = parseDocument(html, { decodeEntities: true });
    const images = findAll((el) => el.name === 'img' && this.fromOldBlog(el.attribs.src ?? ''), doc.children);
    if (images.length === 0) return html;
    for (const img of images) {
      const stored = await this.fetchOnce(img.attribs.src);
      if (!stored.ok) continue;
      const { src, srcset, sizes, width, height } = stored.attrs;
      img.attribs = { ...img.attribs, src, srcset, sizes, width: String(width), height: String(height) };
    }
    return render(doc, { decodeEntities: false, encodeEntities: 'utf8' });
  }

  private fetchOnce(url: string): Promise<Stored> {
    let pending = this.done.get(url);
    if (!pending) {
      pending = this.fetchAndStore(url).then((stored) => {
        this.results.push(stored.ok ? { url, result: 'stored' } : { url, result: 'failed', reason: stored.reason });
        return stored;
      });
      this.done.set(url, pending);
    }
    return pending;
  }

  private async fetchAndStore(url: string): Promise<Stored> {
    let bytes: Buffer;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(20_000), redirect: 'follow' });
      if (!response.ok) return { ok: false, reason: `answered ${response.status}` };
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > IMAGE_LIMITS.maxBytes) return { ok: false, reason: 'larger than 10 MB' };
      bytes = Buffer.from(await response.arrayBuffer());
    } catch (error) {
      return { ok: false, reason: `could not be downloaded (${(error as Error).message})` };
    }
    try {
      return { ok: true, attrs: await storeUploadedImage(bytes, '', this.uploadedBy) };
    } catch (error) {
      if (error instanceof ImageRejectedError) return { ok: false, reason: error.message };
      throw error;
    }
  }
}
