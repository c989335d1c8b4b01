import { describe, expect, it } from 'vitest';
import { parseSiteSettings } from './schema';

describe('parseSiteSettings', () => {
  it('fills defaults for a new blog', () => {
    expect(parseSiteSettings({})).toEqual({
      title: 'Inkwell',
      description: 'A blog for people who write with quotes.',
      postsPerPage: 10,
      timeZone: 'UTC',
      siteUrl: null,
      // Authors may not write pages until an admin allows it; the header links to no page yet.
      navigation: [],
      authorsMayWritePages: false,
      comments: { policy: 'holdFirstTime', closeAfterDays: null, disallowedWords: [] },
      mail: { adminNotifications: 'each' },
    });
  });
  it('keeps valid stored values and replaces invalid ones with defaults', () => {
    const s = parseSiteSettings({ title: 'My Notes', postsPerPage: 500, siteUrl: 'https://blog.example' });
    expect(s.title).toBe('My Notes');
    expect(s.postsPerPage).toBe(10);
    expect(s.siteUrl).toBe('https://blog.example');
  });
  it('falls back to UTC for a time zone that does not exist', () => {
    expect(parseSiteSettings({ timeZone: 'Europe/Atlantis' }).timeZone).toBe('UTC');
    expect(parseSiteSettings({ timeZone: 'Europe/Berlin' }).timeZone).toBe('Europe/Berlin');
  });
  it('reads the comment policy field by field', () => {
    const s = parseSiteSettings({ comments: { policy: 'holdAll', closeAfterDays: -3, disallowedWords: ['casino'] } });
    expect(s.comments).toEqual({ policy: 'holdAll', closeAfterDays: null, disallowedWords: ['casino'] });
    expect(parseSiteSettings({ comments: 'nonsense' }).comments.policy).toBe('holdFirstTime');
    expect(parseSiteSettings({ mail: { adminNotifications: 'hourly' } }).mail.adminNotifications).toBe('each');
    expect(parseSiteSettings({ mail: { adminNotifications: 'digest' } }).mail.adminNotifications).toBe('digest');
  });
});
