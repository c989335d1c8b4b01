// The emails Inkwell sends: each a subject, a plain-text part and an HTML part, made from the
// blog's name and absolute links (lib/site-url.ts). Pure functions, so they are tested as they are.
// Everything a reader typed (names, comment text, post titles) is escaped in the HTML part; the
// text part is plain text, where nothing is markup.

export interface Mail {
  subject: string;
  text: string;
  html: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A comment's text as a quoted block: paragraphs kept, long comments cut. */
function excerpt(body: string, max = 1200): string {
  const text = body.trim();
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}

const quoteText = (body: string) =>
  excerpt(body)
    .split(/\r?\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

const quoteHtml = (body: string) =>
  `<blockquote style="margin:1em 0;padding:0 1em;border-left:3px solid #a8a29e;color:#44403c">${escapeHtml(excerpt(body)).replace(/\r?\n/g, '<br>')}</blockquote>`;

const buttonHtml = (label: string, href: string) =>
  `<a href="${escapeHtml(href)}" style="display:inline-block;margin:0 .5em .5em 0;padding:.5em 1em;border-radius:6px;background:#1c1917;color:#fff;text-decoration:none">${escapeHtml(label)}</a>`;

/** The frame every HTML part shares: the blog's name on top, the footer lines below. */
function layout(blogName: string, blogUrl: string, body: string, footer: string[]): string {
  return [
    '<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>',
    '<body style="margin:0;padding:24px;font-family:system-ui,sans-serif;line-height:1.5;color:#1c1917;background:#fafaf9">',
    `<div style="max-width:560px;margin:0 auto"><p style="font-weight:600"><a href="${escapeHtml(blogUrl)}" style="color:#1c1917">${escapeHtml(blogName)}</a></p>`,
    body,
    `<hr style="border:none;border-top:1px solid #d6d3d1;margin:24px 0"><p style="font-size:13px;color:#57534e">${footer.join('<br>')}</p>`,
    '</div></body></html>',
  ].join('');
}

export interface Blog {
  name: string;
  url: string;
}

/** Double opt-in: the first time an address asks to hear about replies. */
export function confirmationMail(blog: Blog, input: { postTitle: string; confirmUrl: string }): Mail {
  const subject = `Confirm your email for ${blog.name}`;
  const text = [
    `Someone — hopefully you — asked to be emailed about replies on "${input.postTitle}" at ${blog.name}.`,
    '',
    'To confirm, open this link:',
    input.confirmUrl,
    '',
    'If it was not you, ignore this email: nothing will be sent to you. The link works for 7 days.',
  ].join('\n');
  const html = layout(
    blog.name,
    blog.url,
    `<p>Someone — hopefully you — asked to be emailed about replies on “${escapeHtml(input.postTitle)}”.</p>` +
      `<p>${buttonHtml('Confirm my email', input.confirmUrl)}</p>`,
    ['If it was not you, ignore this email: nothing will be sent to you. The link works for 7 days.'],
  );
  return { subject, text, html };
}

export interface CommentSummary {
  authorName: string;
  body: string;
  postTitle: string;
  /** The comment on the post's page. */
  commentUrl: string;
}

export interface ModerationLinks {
  approve: string;
  spam: string;
  trash: string;
}

/** To the post's author (and admins): a new comment; a held one carries the one-click links. */
export function newCommentMail(
  blog: Blog,
  input: CommentSummary & { held: boolean; queueUrl: string; links: ModerationLinks | null },
): Mail {
  const subject = input.held
    ? `[${blog.name}] Comment awaiting approval on "${input.postTitle}"`
    : `[${blog.name}] New comment on "${input.postTitle}"`;
  const lead = `${input.authorName} ${input.held ? 'wrote a comment that awaits your approval' : 'commented'} on "${input.postTitle}":`;
  const text = [
    lead,
    '',
    quoteText(input.body),
    '',
    ...(input.links
      ? [
          'Approve:  ' + input.links.approve,
          'Spam:     ' + input.links.spam,
          'Trash:    ' + input.links.trash,
          '',
          'Each link works once, for 7 days, without signing in.',
        ]
      : [`Read it: ${input.commentUrl}`]),
    '',
    `Moderation queue: ${input.queueUrl}`,
  ].join('\n');
  const actions = input.links
    ? `<p>${buttonHtml('Approve', input.links.approve)}${buttonHtml('Spam', input.links.spam)}${buttonHtml('Trash', input.links.trash)}</p><p style="font-size:13px;color:#57534e">Each link works once, for 7 days, without signing in.</p>`
    : `<p><a href="${escapeHtml(input.commentUrl)}">Read it on the post</a></p>`;
  const html = layout(blog.name, blog.url, `<p>${escapeHtml(lead)}</p>${quoteHtml(input.body)}${actions}`, [
    `<a href="${escapeHtml(input.queueUrl)}">Moderation queue</a>`,
  ]);
  return { subject, text, html };
}

/** To a subscriber: an approved reply to their comment, or a new comment on a post they follow. */
export function replyMail(blog: Blog, input: CommentSummary & { reason: 'reply' | 'post'; unsubscribeUrl: string }): Mail {
  const subject =
    input.reason === 'reply'
      ? `[${blog.name}] ${input.authorName} replied to your comment`
      : `[${blog.name}] New comment on "${input.postTitle}"`;
  const lead =
    input.reason === 'reply'
      ? `${input.authorName} replied to your comment on "${input.postTitle}":`
      : `${input.authorName} commented on "${input.postTitle}":`;
  const why =
    input.reason === 'reply'
      ? 'You get this email because you asked to hear about replies to your comment.'
      : 'You get this email because you asked to hear about every new comment on this post.';
  const text = [
    lead,
    '',
    quoteText(input.body),
    '',
    `Read and answer: ${input.commentUrl}`,
    '',
    why,
    `Unsubscribe: ${input.unsubscribeUrl}`,
  ].join('\n');
  const html = layout(
    blog.name,
    blog.url,
    `<p>${escapeHtml(lead)}</p>${quoteHtml(input.body)}<p>${buttonHtml('Read and answer', input.commentUrl)}</p>`,
    [escapeHtml(why), `<a href="${escapeHtml(input.unsubscribeUrl)}">Unsubscribe</a>`],
  );
  return { subject, text, html };
}

/** To admins who chose the daily digest: the day's comments in one mail. */
export function digestMail(blog: Blog, input: { comments: CommentSummary[]; held: number; queueUrl: string }): Mail {
  const count = input.comments.length === 1 ? '1 new comment' : `${input.comments.length} new comments`;
  const subject = `[${blog.name}] ${count} today`;
  const text = [
    `${count} on ${blog.name}${input.held ? `, ${input.held} awaiting approval` : ''}:`,
    '',
    ...input.comments.flatMap((c) => [`${c.authorName} on "${c.postTitle}":`, quoteText(c.body), c.commentUrl, '']),
    `Moderation queue: ${input.queueUrl}`,
  ].join('\n');
  const html = layout(
    blog.name,
    blog.url,
    `<p>${escapeHtml(count)}${input.held ? `, ${input.held} awaiting approval` : ''}:</p>` +
      input.comments
        .map(
          (c) =>
            `<p><strong>${escapeHtml(c.authorName)}</strong> on <a href="${escapeHtml(c.commentUrl)}">${escapeHtml(c.postTitle)}</a></p>${quoteHtml(c.body)}`,
        )
        .join(''),
    [`<a href="${escapeHtml(input.queueUrl)}">Moderation queue</a>`],
  );
  return { subject, text, html };
}
