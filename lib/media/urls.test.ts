import { describe, expect, it } from 'vitest';
import { imageAttributes, mediaUrl, parseMediaPath } from './urls';

const hash = 'a'.repeat(64);

describe('media URLs', () => {
  it('round-trips a rendition address', () => {
    expect(mediaUrl(hash, 960, 'image/webp')).toBe(`/media/${hash}/960.webp`);
    expect(parseMediaPath(hash, '960.webp')).toEqual({ hash, width: 960, extension: 'webp' });
  });

  it('refuses anything that is not a media address', () => {
    expect(parseMediaPath('../../etc', '960.webp')).toBeNull();
    expect(parseMediaPath(hash, '960.svg')).toBeNull();
    expect(parseMediaPath(hash, 'x.webp')).toBeNull();
    expect(parseMediaPath(hash.toUpperCase(), '960.webp')).toBeNull();
  });

  it('gives the editor src, srcset, sizes and the full size', () => {
    const attrs = imageAttributes(
      hash,
      [
        { width: 1600, height: 1000, mimeType: 'image/webp' },
        { width: 480, height: 300, mimeType: 'image/webp' },
        { width: 960, height: 600, mimeType: 'image/webp' },
      ],
      'A heron',
    );
    expect(attrs).toEqual({
      src: `/media/${hash}/960.webp`,
      srcset: `/media/${hash}/480.webp 480w, /media/${hash}/960.webp 960w, /media/${hash}/1600.webp 1600w`,
      sizes: '(min-width: 48rem) 45rem, 100vw',
      width: 1600,
      height: 1000,
      alt: 'A heron',
    });
  });
});
