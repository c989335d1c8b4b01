import fs from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FAVICON, faviconFrom, ICON_SVG } from './favicon';

describe('public/favicon.ico', () => {
  it('is app/icon.svg drawn at 16, 32 and 48 pixels (run `npx tsx scripts/favicon.ts` after changing the SVG)', async () => {
    const committed = fs.readFileSync(FAVICON);
    expect(committed.equals(await faviconFrom(fs.readFileSync(ICON_SVG)))).toBe(true);
  });

  it('is an icon file whose entries are the PNGs it says they are', async () => {
    const ico = fs.readFileSync(FAVICON);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    for (let i = 0; i < 3; i += 1) {
      const entry = 6 + 16 * i;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', ico[entry], ico[entry + 1]]);
    }
  });
});
