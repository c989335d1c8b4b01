import { describe, expect, it } from 'vitest';
import { can, canEditPost, canUseImage, PERMISSIONS, type Actor } from './roles';

const admin: Actor = { id: 1, role: 'admin' };
const author: Actor = { id: 2, role: 'author' };

describe('can', () => {
  it('lets an admin do everything', () => {
    for (const permission of PERMISSIONS) expect(can(admin, permission)).toBe(true);
  });

  it('lets an author write posts and nothing that manages the blog', () => {
    expect(can(author, 'writePosts')).toBe(true);
    expect(can(author, 'manageAllPosts')).toBe(false);
    expect(can(author, 'moderateComments')).toBe(false);
    expect(can(author, 'manageUsers')).toBe(false);
    expect(can(author, 'manageSettings')).toBe(false);
    expect(can(author, 'importExport')).toBe(false);
  });

  it('refuses a role it does not know (a stale or forged value)', () => {
    expect(can({ id: 3, role: 'owner' as Actor['role'] }, 'writePosts')).toBe(false);
  });
});

describe('canEditPost', () => {
  it('lets an author edit their own post only', () => {
    expect(canEditPost(author, { authorId: author.id })).toBe(true);
    expect(canEditPost(author, { authorId: 99 })).toBe(false);
  });

  it('lets an admin edit anyone’s post', () => {
    expect(canEditPost(admin, { authorId: 99 })).toBe(true);
    expect(canEditPost(admin, { authorId: admin.id })).toBe(true);
  });
});

describe('canUseImage', () => {
  it('lets an author use only images they uploaded', () => {
    expect(canUseImage(author, { uploadedBy: author.id })).toBe(true);
    expect(canUseImage(author, { uploadedBy: 99 })).toBe(false);
    expect(canUseImage(author, { uploadedBy: null })).toBe(false);
  });

  it('lets an admin use any image', () => {
    expect(canUseImage(admin, { uploadedBy: 99 })).toBe(true);
    expect(canUseImage(admin, { uploadedBy: null })).toBe(true);
  });
});
