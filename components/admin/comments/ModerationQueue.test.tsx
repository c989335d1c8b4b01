import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueueComment } from '@/db/queries/moderation';
import type { CommentStatus } from '@/db/schema';
import type { FormResult } from '@/lib/forms/form-state';
import { ModerationQueue, type QueueActions } from './ModerationQueue';

// The moderation queue as an admin uses it: buttons, selection, keyboard shortcuts and undo. The
// server actions are stand-ins that record what they were sent and answer as
// app/admin/comments/actions.ts does.

function comment(id: number, authorName: string, status: CommentStatus = 'pending'): QueueComment {
  return {
    id,
    postId: 1,
    postSlug: 'on-quotes',
    postTitle: 'On quotes',
    parentId: null,
    parentAuthorName: null,
    authorName,
    authorEmail: `${authorName.toLowerCase()}@example.com`,
    authorUrl: null,
    ipHash: null,
    bodySource: `A comment by ${authorName}`,
    bodyHtml: `<p>A comment by ${authorName}</p>`,
    status,
    createdAt: new Date('2026-11-30T10:00:00Z'),
  };
}

const QUEUE = [comment(1, 'Ada'), comment(2, 'Bo'), comment(3, 'Cy')];

function setUp(
  status: CommentStatus = 'pending',
  comments = QUEUE,
  answers: Partial<Record<keyof QueueActions, FormResult>> = {},
) {
  const calls: { action: keyof QueueActions; fields: Record<string, string> }[] = [];
  const stand = (name: keyof QueueActions, answer: (fields: Record<string, string>) => FormResult) =>
    vi.fn(async (_previous: unknown, form: FormData) => {
      const fields = Object.fromEntries([...form].map(([k, v]) => [k, String(v)]));
      calls.push({ action: name, fields });
      return answers[name] ?? answer(fields);
    });
  const ok = (message: string) => () => ({ ok: true as const, message });
  const actions = {
    moderateComments: stand('moderateComments', (fields) => {
      const ids = fields.ids.split(',').map(Number);
      return { ok: true, message: `${ids.length} moderated.`, undo: ids.map((id) => ({ id, previousStatus: status })) };
    }),
    undoModeration: stand('undoModeration', ok('Undone.')),
    deleteCommentsForGood: stand('deleteCommentsForGood', ok('Deleted.')),
    replyToComment: stand('replyToComment', ok('Reply published.')),
    editComment: stand('editComment', ok('Comment saved.')),
    blockCommenter: stand('blockCommenter', ok('Blocked.')),
  } as QueueActions;
  render(<ModerationQueue status={status} comments={comments} timeZone="UTC" actions={actions} />);
  return { calls };
}

const row = (author: string) => screen.getByRole('article', { name: `Comment by ${author} on “On quotes”` });
const press = (name: string, within_: HTMLElement = document.body) =>
  act(async () => void fireEvent.click(within(within_).getByRole('button', { name })));
const key = (target: Element, k: string) => act(async () => void fireEvent.keyDown(target, { key: k }));

afterEach(() => vi.unstubAllGlobals());

describe('the moderation queue', () => {
  it('approves one comment from its own buttons, says so, and undoes it', async () => {
    const { calls } = setUp();
    await press('Approve', row('Bo'));
    expect(calls).toEqual([{ action: 'moderateComments', fields: { ids: '2', action: 'approve' } }]);
    expect(screen.getByRole('status').textContent).toContain('1 moderated.');

    await press('Undo');
    expect(calls[1]).toEqual({
      action: 'undoModeration',
      fields: { changes: JSON.stringify([{ id: 2, previousStatus: 'pending' }]) },
    });
    expect(screen.getByRole('status').textContent).toBe('Undone.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('offers the actions of the tab it is on', () => {
    setUp('spam', [comment(4, 'Dee', 'spam')]);
    const buttons = within(row('Dee'))
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(buttons).toEqual(['Not spam', 'Trash', 'Delete permanently', 'Reply', 'Edit', 'Block commenter']);
  });

  it('acts on the selected comments only, and on all of them with Select all', async () => {
    const { calls } = setUp();
    const bulk = () => screen.getByRole('button', { name: 'Spam selected' }) as HTMLButtonElement;
    expect(bulk().disabled).toBe(true);

    fireEvent.click(within(row('Ada')).getByRole('checkbox'));
    fireEvent.click(within(row('Cy')).getByRole('checkbox'));
    expect(screen.getByText('2 selected')).toBeTruthy();
    await press('Spam selected');
    expect(calls.at(-1)).toEqual({ action: 'moderateComments', fields: { ids: '1,3', action: 'spam' } });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all' }));
    await press('Trash selected');
    expect(calls.at(-1)).toEqual({ action: 'moderateComments', fields: { ids: '1,2,3', action: 'trash' } });
  });

  it('moves with j and k, selects with x and approves with a, from the keyboard', async () => {
    const { calls } = setUp();
    const queue = row('Ada').closest('ol')!.parentElement!;
    await key(queue, 'j');
    expect(document.activeElement).toBe(row('Ada'));
    await key(row('Ada'), 'j');
    expect(document.activeElement).toBe(row('Bo'));
    await key(row('Bo'), 'k');
    expect(document.activeElement).toBe(row('Ada'));

    await key(row('Ada'), 'x');
    expect((within(row('Ada')).getByRole('checkbox') as HTMLInputElement).checked).toBe(true);

    await key(row('Ada'), 'a');
    expect(calls).toEqual([{ action: 'moderateComments', fields: { ids: '1', action: 'approve' } }]);
    // A shortcut the tab does not offer does nothing: pending comments cannot be unapproved.
    await key(row('Ada'), 'u');
    expect(calls).toHaveLength(1);
  });

  it('leaves keys alone while the admin is typing a reply', async () => {
    const { calls } = setUp();
    fireEvent.click(within(row('Ada')).getByRole('button', { name: 'Reply' }));
    const reply = within(row('Ada')).getByLabelText('Reply to Ada');
    await key(reply, 'a');
    expect(calls).toHaveLength(0);

    fireEvent.change(reply, { target: { value: 'Thank you.' } });
    await press('Publish reply', row('Ada'));
    expect(calls).toEqual([{ action: 'replyToComment', fields: { parentId: '1', body: 'Thank you.' } }]);
    expect(within(row('Ada')).queryByLabelText('Reply to Ada')).toBeNull();
  });

  it('deletes for good only once the admin confirms', async () => {
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    const { calls } = setUp('trash', [comment(5, 'Eve', 'trash')]);
    await press('Delete permanently', row('Eve'));
    expect(confirm).toHaveBeenCalledWith('Delete this comment permanently? This cannot be undone.');
    expect(calls).toHaveLength(0);

    await press('Delete permanently', row('Eve'));
    expect(calls).toEqual([{ action: 'deleteCommentsForGood', fields: { ids: '5' } }]);
  });

  it('shows a refusal as an alert and keeps the edit open with its text', async () => {
    setUp('pending', QUEUE, {
      editComment: { ok: false, error: 'This comment no longer exists.', fieldErrors: {}, values: {} },
    });
    fireEvent.click(within(row('Bo')).getByRole('button', { name: 'Edit' }));
    const text = within(row('Bo')).getByLabelText('Comment text') as HTMLTextAreaElement;
    expect(text.value).toBe('A comment by Bo');
    fireEvent.change(text, { target: { value: 'Edited' } });
    await press('Save comment', row('Bo'));
    expect(screen.getByRole('alert').textContent).toBe('This comment no longer exists.');
    expect((within(row('Bo')).getByLabelText('Comment text') as HTMLTextAreaElement).value).toBe('Edited');
  });
});
