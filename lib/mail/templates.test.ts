import { describe, expect, it } from 'vitest';
import { confirmationMail, digestMail, escapeHtml, newCommentMail, replyMail } from './templates';

const blog = { name: 'Quotes & Notes', url: 'https://blog.example.com' };
const hostile = { authorName: '<script>alert(1)</script>', body: 'Hi <b>there</b> & "you"\nline two' };
const comment = {
  ...hostile,
  postTitle: 'On <em>quoting</em>',
  commentUrl: 'https://blog.example.com/posts/on-quoting#comment-7',
};

describe('mail templates', () => {
  it('escape what readers typed in the HTML part and keep it as typed in the text part', () => {
    const mail = replyMail(blog, {
      ...comment,
      reason: 'reply',
      unsubscribeUrl: 'https://blog.example.com/mail/unsubscribe?token=1.x',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>there</b>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('Hi &lt;b&gt;there&lt;/b&gt; &amp; &quot;you&quot;<br>line two');
    expect(mail.text).toContain('> Hi <b>there</b> & "you"\n> line two');
  });

  it('carry the blog name and absolute links in both parts', () => {
    const mail = replyMail(blog, {
      ...comment,
      reason: 'reply',
      unsubscribeUrl: 'https://blog.example.com/mail/unsubscribe?token=1.x',
    });
    expect(mail.subject).toBe('[Quotes & Notes] <script>alert(1)</script> replied to your comment');
    expect(mail.html).toContain('Quotes &amp; Notes');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('https://blog.example.com/posts/on-quoting#comment-7');
      expect(part).toContain('https://blog.example.com/mail/unsubscribe?token=1.x');
    }
  });

  it('give a held comment its three one-click links, and an approved one a link to read it', () => {
    const links = {
      approve: 'https://b/mail/moderate?token=a',
      spam: 'https://b/mail/moderate?token=s',
      trash: 'https://b/mail/moderate?token=t',
    };
    const held = newCommentMail(blog, { ...comment, held: true, links, queueUrl: 'https://b/admin/comments' });
    expect(held.subject).toContain('awaiting approval');
    for (const url of Object.values(links)) {
      expect(held.text).toContain(url);
      expect(held.html).toContain(`href="${url}"`);
    }
    const published = newCommentMail(blog, { ...comment, held: false, links: null, queueUrl: 'https://b/admin/comments' });
    expect(published.text).not.toContain('Approve');
    expect(published.text).toContain(comment.commentUrl);
  });

  it('confirmation and digest mails have both parts', () => {
    const confirm = confirmationMail(blog, { postTitle: 'A & B', confirmUrl: 'https://b/mail/confirm?token=z' });
    expect(confirm.text).toContain('https://b/mail/confirm?token=z');
    expect(confirm.html).toContain('“A &amp; B”');
    const digest = digestMail(blog, { comments: [comment, comment], held: 1, queueUrl: 'https://b/admin/comments' });
    expect(digest.subject).toBe('[Quotes & Notes] 2 new comments today');
    expect(digest.text).toContain('2 new comments on Quotes & Notes, 1 awaiting approval');
    expect(digest.html).not.toContain('<script>');
  });

  it('escapeHtml escapes attribute quotes too', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});
