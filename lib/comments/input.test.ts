import { describe, expect, it } from 'vitest';
import { commentInputSchema } from './input';

const base = { postSlug: 'a-post', parentId: '', name: 'Ada', email: '', website: '', body: 'Hello' };

describe('commentInputSchema', () => {
  it('accepts a minimal comment and turns blank optional fields into null', () => {
    expect(commentInputSchema.parse(base)).toEqual({
      ...base,
      parentId: null,
      email: null,
      website: null,
      notify: false,
      notifyAll: false,
    });
  });
  it('asks for an email next to its field when replies are to be emailed', () => {
    const result = commentInputSchema.safeParse({ ...base, notify: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['email'], message: 'Enter your email to be told about replies.' }),
    ]);
    expect(commentInputSchema.parse({ ...base, email: 'ada@example.com', notify: true }).notify).toBe(true);
  });
  it('explains each bad field', () => {
    const result = commentInputSchema.safeParse({
      ...base,
      name: ' ',
      email: 'nope',
      website: 'javascript:alert(1)',
      body: 'x'.repeat(5001),
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({
      name: 'Please enter your name.',
      email: 'That does not look like an email address.',
      website: 'Please enter a web address starting with http:// or https://',
      body: 'Comments can be up to 5,000 characters.',
    });
  });
});
