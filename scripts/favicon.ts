import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/**
 * public/favicon.ico, drawn from app/icon.svg. Pages announce the SVG (Next's `icon` file
 * convention); the .ico is for clients that ask for /favicon.ico without reading a page — feed
 * readers, link previews, older browsers — which would otherwise get a 404. It is kept in public/,
 * not as app/favicon.ico, so pages keep one icon link. Run `npx tsx scripts/favicon.ts` after
 * changing the SVG; scripts/favicon.test.ts fails while the two differ.
 */

export const ICON_SVG = path.join(import.meta.dirname, '..', 'app', 'icon.svg');
export const FAVICON = path.join(import.meta.dirname, '..', 'public', 'favicon.ico');
const SIZES = [16, 32, 48];

/** An ICO file holding one PNG per size (every browser since 2007 reads PNG entries). */
export async function faviconFrom(svg: Buffer): Promise<Buffer> {
  const images = await Promise.all(
    SIZES.map((size) =>
      sharp(svg, { density: (72 * size) / 32 })
        .resize(size, size)
        .png({ compressionLevel: 9 })
        .toBuffer(),
    ),
  );
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(SIZES[i], entry); // width
    header.writeUInt8(SIZES[i], entry + 1); // height
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(image.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += image.length;
  });
  return Buffer.concat([header, ...images]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  faviconFrom(fs.readFileSync(ICON_SVG))
    .then((ico) => {
      fs.mkdirSync(path.dirname(FAVICON), { recursive: true });
      fs.writeFileSync(FAVICON, ico);
      console.log(`Wrote ${path.relative(process.cwd(), FAVICON)}`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
