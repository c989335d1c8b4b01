import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session';

const session = vi.hoisted(() => ({ user: null as SessionUser | null, mustChangePassword: false }));

vi.mock('@/lib/auth/session', () => ({
  CHANGE_PASSWORD_PATH: '/change-password',
  getSession: async () => (session.user ? { user: session.user, mustChangePassword: session.mustChangePassword } : null),
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ referer: 'http://blog.example/admin/settings?tab=1' }) }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Error(`redirect:${url}`);
  },
}));

const { formAction } = await import('./form-action');
const { log } = await import('@/lib/logging/logger');

const admin: SessionUser = { id: 1, name: 'Ada', email: 'ada@example.com', role: 'admin' };
const author: SessionUser = { id: 2, name: 'Bo', email: 'bo@example.com', role: 'author' };

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

const schema = z.object({ title: z.string().min(1, 'Enter a title.'), newPassword: z.string().optional() });

describe('formAction', () => {
  beforeEach(() => {
    session.user = null;
    session.mustChangePassword = false;
  });

  it('sends a person with a temporary password to change it, and runs only the action that does', async () => {
    session.user = admin;
    session.mustChangePassword = true;
    const act = vi.fn(async () => ({ ok: true as const, message: 'done' }));
    await expect(formAction({ access: 'manageSettings', schema }, act)(null, form({ title: 'x' }))).rejects.toThrow(
      'redirect:/change-password',
    );
    await expect(formAction({ access: 'signedIn', schema }, act)(null, form({ title: 'x' }))).rejects.toThrow(
      'redirect:/change-password',
    );
    expect(await formAction({ access: 'writePosts', schema, signedOut: 'fail' }, act)(null, form({ title: 'x' }))).toMatchObject({
      ok: false,
      reason: 'unauthenticated',
    });
    expect(act).not.toHaveBeenCalled();
    expect(await formAction({ access: 'changingPassword', schema }, act)(null, form({ title: 'x' }))).toEqual({
      ok: true,
      message: 'done',
    });
  });

  it('authorises, parses, then acts with the signed-in person', async () => {
    session.user = admin;
    const act = vi.fn(async (input: z.output<typeof schema>, { user }: { user: SessionUser }) => ({
      ok: true as const,
      message: `${user.name}: ${input.title}`,
    }));
    const action = formAction({ access: 'manageSettings', schema }, act);
    expect(await action(null, form({ title: 'Notes' }))).toEqual({ ok: true, message: 'Ada: Notes' });
  });

  it('refuses a role without the permission and never acts', async () => {
    session.user = author;
    const act = vi.fn();
    const action = formAction({ access: 'manageSettings', schema }, act);
    const result = await action(null, form({ title: 'Hijacked' }));
    expect(result).toMatchObject({ ok: false, error: 'You do not have permission to do that.' });
    expect(act).not.toHaveBeenCalled();
  });

  it('logs a refusal with who tried and what they lacked', async () => {
    session.user = author;
    const warn = vi.spyOn(log, 'warn').mockImplementation(() => {});
    await formAction({ access: 'manageSettings', schema }, vi.fn())(null, form({ title: 'Hijacked' }));
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ event: 'action.refused', userId: 2, needs: 'manageSettings' }),
      expect.any(String),
    );
    warn.mockRestore();
  });

  it('sends a request without a session to sign in, back to the page it came from', async () => {
    const act = vi.fn();
    const action = formAction({ access: 'signedIn', schema }, act);
    await expect(action(null, form({ title: 'x' }))).rejects.toThrow('redirect:/login?callbackUrl=%2Fadmin%2Fsettings');
    expect(act).not.toHaveBeenCalled();
  });

  it('returns field errors and what was typed, except passwords, without acting', async () => {
    session.user = admin;
    const act = vi.fn();
    const action = formAction({ access: 'signedIn', schema }, act);
    const result = await action(null, form({ title: '', newPassword: 'secret words', $ACTION_ID_abc: '' }));
    expect(result).toEqual({
      ok: false,
      error: 'Please correct the highlighted fields.',
      fieldErrors: { title: ['Enter a title.'] },
      values: { title: '' },
    });
    expect(act).not.toHaveBeenCalled();
  });

  it('lets anyone run a public action', async () => {
    const action = formAction({ access: 'public', schema }, async (input, { user }) => ({
      ok: true as const,
      message: `${user}:${input.title}`,
    }));
    expect(await action(null, form({ title: 'hello' }))).toEqual({ ok: true, message: 'null:hello' });
  });

  it("answers a signed-out script with a failure instead of a redirect when asked to ('signedOut: fail')", async () => {
    const act = vi.fn();
    const action = formAction({ access: 'writePosts', schema, signedOut: 'fail' }, act);
    expect(await action(null, form({ title: 'Kept' }))).toMatchObject({
      ok: false,
      reason: 'unauthenticated',
      values: { title: 'Kept' },
    });
    expect(act).not.toHaveBeenCalled();
  });

  it('answers a write the database cannot take with a message, the typed text kept, and one log line', async () => {
    session.user = author;
    const readOnly = Object.assign(new Error('SQLITE_READONLY: attempt to write a readonly database'), {
      code: 'SQLITE_READONLY',
    });
    const act = vi.fn(async () => {
      throw new Error('Failed query: insert into "posts" …', { cause: readOnly });
    });
    const logged = vi.spyOn(log, 'error').mockImplementation(() => undefined);
    const result = await formAction({ access: 'writePosts', schema }, act)(null, form({ title: 'My words' }));
    expect(result).toMatchObject({ ok: false, values: { title: 'My words' } });
    expect((result as { error: string }).error).toMatch(/read-only.*Nothing was saved/);
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ event: 'storage.write_failed', code: 'SQLITE_READONLY' }),
      expect.any(String),
    );
    logged.mockRestore();

    // Anything else still reaches Next (a redirect, a bug).
    const broken = formAction({ access: 'writePosts', schema }, async () => {
      throw new Error('a bug');
    });
    await expect(broken(null, form({ title: 'x' }))).rejects.toThrow('a bug');
  });
});
