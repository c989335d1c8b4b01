import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ImageRejectedError, processImage } from './process';
import { sniffImageFormat } from './sniff';

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#a33' } });

// EXIF marks the GPS directory with tag 0x8825, in either byte order.
const hasGpsPointer = (exif: Buffer | undefined) =>
  !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));

describe('processImage', () => {
  it('re-encodes a large photo into responsive widths, long edge 2400, without its EXIF and GPS data', async () => {
    const photo = await solid(3000, 2000)
      .jpeg()
      .withExif({ IFD0: { Make: 'Camera', Copyright: 'Someone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
      .toBuffer();
    expect(hasGpsPointer((await sharp(photo).metadata()).exif)).toBe(true);

    const { hash, renditions } = await processImage(photo);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(renditions.map((r) => [r.width, r.height])).toEqual([
      [480, 320],
      [960, 640],
      [1600, 1067],
      [2400, 1600],
    ]);
    for (const r of renditions) {
      const meta = await sharp(r.bytes).metadata();
      expect(meta.format).toBe('webp');
      expect(r.mimeType).toBe('image/webp');
      expect(meta.exif).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(r.bytes.includes(Buffer.from('Exif\0\0'))).toBe(false);
    }
  });

  it('turns a photo upright by its EXIF orientation and limits its long (vertical) edge', async () => {
    // Stored sideways (3000×2000) with orientation 6: upright it is 2000×3000.
    const sideways = await solid(3000, 2000).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const { renditions } = await processImage(sideways);
    const full = renditions[renditions.length - 1];
    expect([full.width, full.height]).toEqual([1600, 2400]);
  });

  it('keeps a small image at its size, with no enlarged renditions', async () => {
    const { renditions } = await processImage(await solid(300, 200).png().toBuffer());
    expect(renditions.map((r) => r.width)).toEqual([300]);
  });

  it('keeps an animated GIF animated', async () => {
    const frame = (colour: string) =>
      sharp({ create: { width: 40, height: 40, channels: 3, background: colour } })
        .png()
        .toBuffer();
    const gif = await sharp([await frame('#f00'), await frame('#00f')], { join: { animated: true } })
      .gif()
      .toBuffer();
    const { renditions } = await processImage(gif);
    expect(renditions.map((r) => [r.width, r.height])).toEqual([[40, 40]]);
    const meta = await sharp(renditions[0].bytes, { animated: true }).metadata();
    expect([meta.format, meta.pages]).toEqual(['webp', 2]);
  });

  it('accepts AVIF and WebP', async () => {
    for (const encoded of [await solid(50, 40).avif().toBuffer(), await solid(50, 40).webp().toBuffer()]) {
      const { renditions } = await processImage(encoded);
      expect(renditions.map((r) => [r.width, r.height])).toEqual([[50, 40]]);
    }
  });

  it.each([
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>')],
    ['HTML named like an image', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['a PDF', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj')],
  ])('refuses %s by its content', async (_what, bytes) => {
    await expect(processImage(bytes)).rejects.toThrow(
      new ImageRejectedError('Only PNG, JPEG, WebP, GIF and AVIF images can be uploaded.'),
    );
  });

  it('refuses a TIFF, which the image library could read but the blog does not accept', async () => {
    const tiff = await solid(20, 20).tiff().toBuffer();
    await expect(processImage(tiff)).rejects.toThrow(ImageRejectedError);
  });

  it('refuses a damaged image', async () => {
    const jpeg = await solid(200, 200).jpeg().toBuffer();
    await expect(processImage(jpeg.subarray(0, 120))).rejects.toThrow(ImageRejectedError);
  });

  it('refuses files over 10 MB before decoding them', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    await expect(processImage(big)).rejects.toThrow('larger than 10 MB');
  });
});

describe('sniffImageFormat', () => {
  it('reads the signature, not the name', async () => {
    expect(sniffImageFormat(await solid(2, 2).png().toBuffer())).toBe('png');
    expect(sniffImageFormat(await solid(2, 2).jpeg().toBuffer())).toBe('jpeg');
    expect(sniffImageFormat(await solid(2, 2).gif().toBuffer())).toBe('gif');
    expect(sniffImageFormat(await solid(2, 2).webp().toBuffer())).toBe('webp');
    expect(sniffImageFormat(await solid(2, 2).avif().toBuffer())).toBe('avif');
    expect(sniffImageFormat(Buffer.from('GIF90a'))).toBeNull();
    expect(sniffImageFormat(Buffer.alloc(0))).toBeNull();
  });
});
