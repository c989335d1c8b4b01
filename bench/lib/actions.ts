// Server actions as a reader's (or the admin's) browser calls them: a multipart POST to the page,
// with the action's id in `Next-Action`, the form's fields under React's `_1_` prefix and the
// arguments `[previous state, form data]` last (as e2e/support/server-actions.ts sends them).
import fs from 'node:fs';
import path from 'node:path';
import { COMMENT_FIELDS } from '@/lib/comments/fields';

/** An action's id from the build's manifest, by the file and export that define it. */
export function actionId(distDir: string, filename: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, e]) => e.filename === filename && e.exportedName === exportedName);
  if (!found) throw new Error(`${filename}#${exportedName} is not in the build's server-reference-manifest.json`);
  return found[0];
}

/**
 * The fields of a form as React posts them, in order: the form's values, then the arguments that
 * refer to them (the server resolves `$K1` from the fields before it). A list, not an object: an
 * object would put the key "0" first.
 */
export function actionFields(fields: Record<string, string>): [string, string][] {
  return [
    ...Object.entries(fields).map(([name, value]): [string, string] => [`_1_${name}`, value]),
    ['0', JSON.stringify([null, '$K1'])],
  ];
}

/** The headers a browser's fetch of a server action carries. */
export function actionHeaders(id: string, origin: string, cookie?: string): Record<string, string> {
  return {
    'Next-Action': id,
    Accept: 'text/x-component',
    Origin: origin,
    ...(cookie && { Cookie: cookie }),
  };
}

export async function callAction(url: string, id: string, fields: Record<string, string>, cookie?: string) {
  const form = new FormData();
  for (const [name, value] of actionFields(fields)) form.append(name, value);
  const response = await fetch(url, {
    method: 'POST',
    headers: actionHeaders(id, new URL(url).origin, cookie),
    body: form,
    redirect: 'manual',
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** The comment form's fields as a reader sends them; `{n}` in the body is made unique per request. */
export function commentFields(postSlug: string, formToken: string, body: string): Record<string, string> {
  return {
    [COMMENT_FIELDS.postSlug]: postSlug,
    [COMMENT_FIELDS.formToken]: formToken,
    [COMMENT_FIELDS.honeypot]: '',
    [COMMENT_FIELDS.name]: 'Bench Reader',
    [COMMENT_FIELDS.email]: 'reader@example.com',
    [COMMENT_FIELDS.website]: '',
    [COMMENT_FIELDS.body]: body,
  };
}

/** An acknowledged comment: the action's answer carries the FormResult with ok: true. */
export const ACKNOWLEDGED = '"ok":true';

/** Signs in through the login form's action; returns the session cookie for later requests. */
export async function signInCookie(origin: string, distDir: string, email: string, password: string): Promise<string> {
  const id = actionId(distDir, 'app/login/actions.ts', 'signInWithPassword');
  const answer = await callAction(`${origin}/login`, id, { email, password });
  const cookies = answer.headers.getSetCookie().map((c) => c.split(';')[0]);
  const session = cookies.find((c) => /session-token=/.test(c));
  if (!session) throw new Error(`signing in as ${email} gave no session (${answer.status}): ${answer.body.slice(0, 300)}`);
  return cookies.join('; ');
}
