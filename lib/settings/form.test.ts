import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { settingsFormSchema } from './form';

const valid = {
  title: '  Field Notes ',
  description: 'Quotes and comments.',
  siteUrl: 'https://notes.example/',
  postsPerPage: '12',
  timeZone: 'Europe/Paris',
  commentPolicy: 'holdAll',
  commentsCloseAfterDays: '30',
  disallowedWords: 'casino\n  Casino \n\nfree money\r\n',
};

function errors(input: Record<string, string>) {
  const result = settingsFormSchema.safeParse(input);
  return (result.success ? {} : z.flattenError(result.error).fieldErrors) as Record<string, string[] | undefined>;
}

describe('settingsFormSchema', () => {
  it('turns the form into stored settings', () => {
    expect(settingsFormSchema.parse(valid)).toEqual({
      title: 'Field Notes',
      description: 'Quotes and comments.',
      siteUrl: 'https://notes.example',
      navigation: [],
      authorsMayWritePages: false,
      postsPerPage: 12,
      timeZone: 'Europe/Paris',
      comments: { policy: 'holdAll', closeAfterDays: 30, disallowedWords: ['casino', 'free money'] },
      mail: { adminNotifications: 'each' },
    });
  });

  it('reads empty optional fields as "none"', () => {
    const settings = settingsFormSchema.parse({ ...valid, siteUrl: ' ', commentsCloseAfterDays: '', disallowedWords: '' });
    expect(settings.siteUrl).toBeNull();
    expect(settings.comments.closeAfterDays).toBeNull();
    expect(settings.comments.disallowedWords).toEqual([]);
  });

  it('names the field that is wrong', () => {
    expect(errors({ ...valid, title: ' ' }).title).toEqual(['Enter a title.']);
    expect(errors({ ...valid, postsPerPage: '0' }).postsPerPage?.[0]).toMatch(/1 to 50/);
    expect(errors({ ...valid, postsPerPage: 'ten' }).postsPerPage?.[0]).toMatch(/1 to 50/);
    expect(errors({ ...valid, timeZone: 'Mars/Olympus' }).timeZone).toBeDefined();
    expect(errors({ ...valid, commentPolicy: 'anything' }).commentPolicy).toBeDefined();
    expect(errors({ ...valid, commentsCloseAfterDays: '-1' }).commentsCloseAfterDays?.[0]).toMatch(/at least 1/);
  });

  it('accepts only the home page address of an http(s) site', () => {
    expect(errors({ ...valid, siteUrl: 'ftp://notes.example' }).siteUrl).toBeDefined();
    expect(errors({ ...valid, siteUrl: 'notes.example' }).siteUrl).toBeDefined();
    expect(errors({ ...valid, siteUrl: 'https://notes.example/blog' }).siteUrl?.[0]).toMatch(/home page/);
  });

  it('keeps the navigation’s pages in the order chosen, and the pages setting', () => {
    const settings = settingsFormSchema.parse({ ...valid, navigation: '7,3,7,12', authorsMayWritePages: 'on' });
    expect(settings.navigation).toEqual([7, 3, 12]);
    expect(settings.authorsMayWritePages).toBe(true);
    expect(errors({ ...valid, navigation: '7;3' }).navigation).toBeDefined();
    expect(errors({ ...valid, navigation: Array.from({ length: 13 }, (_, i) => i + 1).join(',') }).navigation?.[0]).toMatch(
      /12 pages at most/,
    );
  });
});
