import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { e2eDistDir, root } from './server';

/** A server action as the build knows it: its id, the file and export it comes from, the pages that can run it. */
export interface BuiltAction {
  id: string;
  /** `app/admin/settings/actions.ts#saveSettings` */
  key: string;
  /** Routes (like `/admin/settings` or `/posts/[slug]`) whose page bundles the action. */
  routes: string[];
}

/**
 * Every server action of the app's `actions.ts` files, read from the build's own manifest: what
 * anyone can call with a POST and the action id, whether or not a page shows its form.
 */
export function builtServerActions(): BuiltAction[] {
  const manifestPath = path.join(root, e2eDistDir, 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node)
    .filter(([, entry]) => /^app\/.*actions\.ts$/.test(entry.filename))
    .map(([id, entry]) => ({
      id,
      key: `${entry.filename}#${entry.exportedName}`,
      routes: Object.keys(entry.workers).map(
        (worker) =>
          worker
            .replace(/^app/, '')
            .replace(/\/\([^)]+\)/g, '')
            .replace(/\/page$/, '') || '/',
      ),
    }));
}

/**
 * Calls a form's server action the way React sends it from `useActionState`: the arguments
 * (previous state, form data) encoded as multipart, with the form’s fields under the `_1_` prefix.
 * This is the request `captureServerAction` records from a real form, built from the field values.
 */
export async function callServerAction(
  request: APIRequestContext,
  action: Pick<BuiltAction, 'id'>,
  route: string,
  fields: Record<string, string> | null,
  headers: Record<string, string> = {},
): Promise<{ status: number; location?: string; body: string }> {
  // The arguments go last, as React sends them: the server resolves `$K1` from the fields before it.
  const multipart = new FormData();
  for (const [name, value] of Object.entries(fields ?? {})) multipart.append(`_1_${name}`, value);
  multipart.append('0', JSON.stringify(fields ? [null, '$K1'] : []));
  const response = await request.fetch(route, {
    method: 'POST',
    headers: {
      'next-action': action.id,
      accept: 'text/x-component',
      origin: new URL(route, process.env.INKWELL_E2E_URL).origin,
      ...headers,
    },
    multipart,
    maxRedirects: 0,
  });
  // A redirect from an action called by fetch is told in x-action-redirect (the router follows it).
  const location = response.headers().location ?? response.headers()['x-action-redirect'];
  return { status: response.status(), location, body: await response.text() };
}
