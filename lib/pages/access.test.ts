import { describe, expect, it } from 'vitest';
import { canWritePages } from './access';

const admin = { id: 1, role: 'admin' } as const;
const author = { id: 2, role: 'author' } as const;

describe('canWritePages', () => {
  it('lets admins write pages whatever the setting says', () => {
    expect(canWritePages(admin, { authorsMayWritePages: false })).toBe(true);
    expect(canWritePages(admin, { authorsMayWritePages: true })).toBe(true);
  });

  it('lets authors write pages only while the setting is on', () => {
    expect(canWritePages(author, { authorsMayWritePages: false })).toBe(false);
    expect(canWritePages(author, { authorsMayWritePages: true })).toBe(true);
  });
});
