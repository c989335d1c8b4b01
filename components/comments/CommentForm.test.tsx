import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommentPosted } from '@/lib/comments/posted-comment';
import type { FormResult } from '@/lib/forms/form-state';
import { CommentForm } from './CommentForm';
import { readPendingComments } from './pending-comments';
import { QUOTE_EVENT } from './quote-event';

// The comment form as a reader uses it. The server action is a stand-in that answers as
// app/(site)/posts/[slug]/actions.ts does; what it was sent is checked too.

type Answer = (form: FormData) => FormResult<CommentPosted>;

function setUp(answer: Answer, props: { parentId?: number; closesAt?: string | null } = {}) {
  const sent: FormData[] = [];
  const action = vi.fn(async (_previous: unknown, form: FormData) => {
    sent.push(form);
    return answer(form);
  });
  render(<CommentForm action={action} postSlug="on-quotes" permalink="/posts/on-quotes" heading="Leave a comment" {...props} />);
  const field = (name: string) =>
    screen.getByLabelText(new RegExp(`^${name}( \\(optional\\))?$`)) as HTMLInputElement | HTMLTextAreaElement;
  const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
  const post = () => act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Post comment' })));
  return { sent, field, type, post };
}

/** The text a screen reader reads after a field's name (its aria-describedby). */
function description(element: HTMLElement) {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

const values = (form: FormData) => ({
  name: String(form.get('name')),
  email: String(form.get('email')),
  website: String(form.get('website')),
  body: String(form.get('body')),
});

beforeEach(() => {
  localStorage.clear();
  // The form asks for its signed token when the reader starts writing (lib/comments/form-token.ts).
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json({ token: 'signed-token' })),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('the comment form', () => {
  it('sends "Email me when someone replies", and keeps it ticked with the email message next to its field', async () => {
    const { sent, field, type, post } = setUp((form) => ({
      ok: false,
      error: '',
      fieldErrors: { email: ['Enter your email to be told about replies.'] },
      values: { ...values(form), notifyReplies: String(form.get('notifyReplies')) },
    }));
    type('Name', 'Ada');
    type('Comment', 'Tell me when someone answers.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Email me when someone replies' }));
    await post();

    expect(sent[0].get('notifyReplies')).toBe('on');
    expect(sent[0].get('notifyAll')).toBeNull();
    expect(description(field('Email'))).toMatch(/Enter your email to be told about replies/);
    expect(screen.getByRole('checkbox', { name: 'Email me when someone replies' })).toHaveProperty('checked', true);
    expect(field('Comment').value).toBe('Tell me when someone answers.');
  });

  it('thanks the reader for a held comment, clears the text, keeps their name and remembers the comment in this browser', async () => {
    const { sent, field, type, post } = setUp((form) => ({
      ok: true,
      message: 'Thank you! Your comment is awaiting moderation. Only you can see it until it is approved.',
      status: 'pending',
      comment: {
        id: 7,
        postSlug: 'on-quotes',
        parentId: null,
        authorName: 'Ada',
        body: 'Well put.',
        createdAt: new Date().toISOString(),
      },
      values: { ...values(form), body: '' },
    }));
    type('Name', 'Ada');
    type('Comment', 'Well put.');
    await post();

    expect(sent).toHaveLength(1);
    expect(values(sent[0])).toMatchObject({ name: 'Ada', body: 'Well put.' });
    expect(sent[0].get('postSlug')).toBe('on-quotes');
    expect(screen.getByRole('status').textContent).toMatch(/awaiting moderation/);
    expect(field('Comment').value).toBe('');
    expect(field('Name').value).toBe('Ada');
    expect(readPendingComments().map((c) => c.body)).toEqual(['Well put.']);
  });

  it('shows why next to the field and keeps everything typed when the comment is refused', async () => {
    const { field, type, post } = setUp((form) => ({
      ok: false,
      error: '',
      fieldErrors: { body: ['You have already posted this comment on this post.'] },
      values: values(form),
    }));
    type('Name', 'Ada');
    type('Email', 'ada@example.com');
    type('Comment', 'Well put.');
    await post();

    expect(field('Comment').getAttribute('aria-invalid')).toBe('true');
    expect(description(field('Comment'))).toMatch(/already posted this comment/);
    expect(field('Name').getAttribute('aria-invalid')).toBe('false');
    expect(field('Comment').value).toBe('Well put.');
    expect(field('Name').value).toBe('Ada');
    expect(field('Email').value).toBe('ada@example.com');
    // The field says it all: no message for the whole form.
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says what stopped the whole form in an alert', async () => {
    const { type, post } = setUp((form) => ({
      ok: false,
      error: 'Comments are closed on this post.',
      fieldErrors: {},
      values: values(form),
    }));
    type('Name', 'Ada');
    type('Comment', 'Late thought.');
    await post();
    expect(screen.getByRole('alert').textContent).toBe('Comments are closed on this post.');
  });

  it('counts characters and marks a comment over the limit before it is sent', () => {
    const { field, type } = setUp(() => {
      throw new Error('not sent');
    });
    type('Comment', 'Hello');
    expect(description(field('Comment'))).toMatch(/5 \/ 5,000/);
    expect(field('Comment').getAttribute('aria-invalid')).toBe('false');

    type('Comment', 'x'.repeat(5001));
    expect(description(field('Comment'))).toMatch(/5,001 \/ 5,000/);
    expect(field('Comment').getAttribute('aria-invalid')).toBe('true');
  });

  it('leaves quoted passages to the main form', () => {
    const { field, type } = setUp(() => {
      throw new Error('not sent');
    });
    type('Comment', 'I agree.');
    expect(field('Comment').value).toBe('I agree.');
    act(() => void window.dispatchEvent(new CustomEvent(QUOTE_EVENT, { detail: { text: 'first line\nsecond line' } })));
    expect(field('Comment').value).toBe('I agree.');
  });

  it('thanks for a reply in place of the reply form', async () => {
    const { post, type } = setUp(
      (form) => ({
        ok: true,
        message: 'Thank you! Your comment is published.',
        status: 'approved',
        comment: null,
        values: values(form),
      }),
      { parentId: 3 },
    );
    type('Name', 'Bo');
    type('Comment', 'Thanks!');
    await post();
    expect(screen.getByRole('status').textContent).toBe('Your reply is published.');
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('says comments are closed once the closing time has passed', () => {
    setUp(
      () => ({
        ok: true,
        message: '',
        status: 'approved',
        comment: null,
        values: { name: '', email: '', website: '', body: '' },
      }),
      {
        closesAt: new Date(Date.now() - 1000).toISOString(),
      },
    );
    expect(screen.getByText('Comments are closed on this post.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Post comment' })).toBeNull();
  });
});

describe('the main comment form', () => {
  it('takes a passage quoted with the Quote button as quoted lines after what is written', () => {
    const action = vi.fn();
    render(
      <CommentForm action={action} postSlug="on-quotes" permalink="/posts/on-quotes" heading="Leave a comment" receivesQuotes />,
    );
    const body = screen.getByLabelText('Comment') as HTMLTextAreaElement;
    fireEvent.change(body, { target: { value: 'I agree.' } });
    act(() => void window.dispatchEvent(new CustomEvent(QUOTE_EVENT, { detail: { text: 'first line\nsecond line' } })));
    expect(body.value).toBe('I agree.\n\n> first line\n> second line\n\n');
    expect(document.activeElement).toBe(body);
    expect(within(screen.getByRole('form')).getByLabelText('Comment')).toBe(body);
  });
});
