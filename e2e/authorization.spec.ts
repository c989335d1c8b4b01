import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { accounts, type Account } from './support/accounts';
import { e2eDatabase } from './support/db';
import { readerAddress } from './support/readers';
import { root } from './support/server';
import { builtServerActions, callServerAction } from './support/server-actions';
import { signIn } from './support/session';

// Who may do what, called directly — every admin page, every route handler and every server
// action, for a signed-out visitor, an author, another author and an admin — against
// lib/auth/roles.ts: admins everything; authors their own posts and their own profile.
// A refused write changes nothing (read back from the database). The first test fails when a page,
// route handler or action exists that these tables do not list: add its row there.
//
// To add a row: a page goes in PAGES, a route handler in ROUTES, a server action in ACTIONS.

type Role = 'signedOut' | 'author' | 'otherAuthor' | 'admin';
const ROLES: Role[] = ['signedOut', 'author', 'otherAuthor', 'admin'];
const SIGNED_IN: Role[] = ['author', 'otherAuthor', 'admin'];
const ACCOUNT: Record<Exclude<Role, 'signedOut'>, Account> = {
  author: accounts.author,
  otherAuthor: accounts.otherAuthor,
  admin: accounts.owner,
};

/** What the test made for the rows to act on. */
interface Fixtures {
  /** A draft by the author (not the other author). */
  post: { id: number; slug: string };
  /** A draft page by the admin (authors may not write pages until the setting allows it). */
  page: { id: number; slug: string };
  /** A held comment, and one to delete. */
  comment: number;
  spareComment: number;
  /** An account made for the user actions to change. */
  target: { id: number; email: string };
  /** The settings form as the admin's page fills it. */
  settingsForm: Record<string, string>;
}

const NO_PERMISSION = 'You do not have permission to do that.';
// A seeded post no other spec counts the comments of; every comment made here is deleted after.
const COMMENTED_POST = 'archive-test-1';
const NOT_YOUR_POST = 'You can only change your own posts.';
const PAGES_NOT_ALLOWED = 'Only admins may write pages on this blog.';

// ---- Pages: every page.tsx under app/admin ------------------------------------------------------

const PAGES: { file: string; path: (fx: Fixtures) => string; allowed: Role[] }[] = [
  { file: 'app/admin/page.tsx', path: () => '/admin', allowed: SIGNED_IN },
  { file: 'app/admin/posts/page.tsx', path: () => '/admin/posts', allowed: SIGNED_IN },
  { file: 'app/admin/posts/new/page.tsx', path: () => '/admin/posts/new', allowed: SIGNED_IN },
  { file: 'app/admin/posts/[id]/page.tsx', path: (fx) => `/admin/posts/${fx.post.id}`, allowed: ['author', 'admin'] },
  {
    file: 'app/admin/posts/[id]/preview/page.tsx',
    path: (fx) => `/admin/posts/${fx.post.id}/preview`,
    allowed: ['author', 'admin'],
  },
  // Pages: admins only, while "Authors may write pages" is off (as it is for the whole run).
  { file: 'app/admin/pages/page.tsx', path: () => '/admin/pages', allowed: ['admin'] },
  { file: 'app/admin/pages/new/page.tsx', path: () => '/admin/pages/new', allowed: ['admin'] },
  { file: 'app/admin/pages/[id]/page.tsx', path: (fx) => `/admin/pages/${fx.page.id}`, allowed: ['admin'] },
  { file: 'app/admin/pages/[id]/preview/page.tsx', path: (fx) => `/admin/pages/${fx.page.id}/preview`, allowed: ['admin'] },
  { file: 'app/admin/comments/page.tsx', path: () => '/admin/comments', allowed: ['admin'] },
  { file: 'app/admin/profile/page.tsx', path: () => '/admin/profile', allowed: SIGNED_IN },
  { file: 'app/admin/settings/page.tsx', path: () => '/admin/settings', allowed: ['admin'] },
  { file: 'app/admin/outbox/page.tsx', path: () => '/admin/outbox', allowed: ['admin'] },
  { file: 'app/admin/subscribers/page.tsx', path: () => '/admin/subscribers', allowed: ['admin'] },
  { file: 'app/admin/users/page.tsx', path: () => '/admin/users', allowed: ['admin'] },
  { file: 'app/admin/users/[id]/page.tsx', path: (fx) => `/admin/users/${fx.target.id}`, allowed: ['admin'] },
  { file: 'app/admin/import/page.tsx', path: () => '/admin/import', allowed: ['admin'] },
];

// ---- Route handlers: every route.ts under app -------------------------------------------------

interface RouteCall {
  method: 'GET' | 'POST';
  path: string;
  /** The status each role gets. */
  status: Record<Role, number>;
  body?: () => Promise<{
    multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
    data?: unknown;
  }>;
  /** Read before and after a refused call: it must not change. */
  snapshot?: () => Promise<unknown>;
}

const everyone = (status: number): Record<Role, number> => ({
  signedOut: status,
  author: status,
  otherAuthor: status,
  admin: status,
});

const countRows = (sql: string) => async () => {
  const db = e2eDatabase();
  try {
    return Number((await db.execute(sql)).rows[0].n);
  } finally {
    db.close();
  }
};

const tinyPng = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .png()
    .toBuffer();

const ROUTES: { file: string; calls: RouteCall[] }[] = [
  {
    file: 'app/api/auth/[...nextauth]/route.ts',
    // next-auth's own endpoints; signing in through them is counted like the form (sign-in-limits spec).
    calls: [
      { method: 'GET', path: '/api/auth/session', status: everyone(200) },
      { method: 'GET', path: '/api/auth/csrf', status: everyone(200) },
    ],
  },
  {
    file: 'app/api/admin/import/route.ts',
    // The admin gets past the checks to the form's own answer: no file sent, nothing imported.
    calls: [
      {
        method: 'POST',
        path: '/api/admin/import',
        status: { signedOut: 401, author: 403, otherAuthor: 403, admin: 400 },
        body: async () => ({ multipart: { fetchImages: 'on' } }),
        snapshot: countRows('select count(*) as n from posts'),
      },
    ],
  },
  {
    file: 'app/api/admin/import/[id]/route.ts',
    calls: [
      {
        method: 'GET',
        path: '/api/admin/import/no-such-job',
        status: { signedOut: 401, author: 403, otherAuthor: 403, admin: 404 },
      },
    ],
  },
  {
    file: 'app/api/admin/import/[id]/redirects.csv/route.ts',
    calls: [
      {
        method: 'GET',
        path: '/api/admin/import/no-such-job/redirects.csv',
        status: { signedOut: 401, author: 403, otherAuthor: 403, admin: 404 },
      },
    ],
  },
  {
    file: 'app/admin/export/[format]/route.ts',
    // The whole blog, accounts included: admins only (proxy.ts sends a signed-out visitor to sign in).
    calls: ['wxr', 'zip'].map((format) => ({
      method: 'GET' as const,
      path: `/admin/export/${format}`,
      status: { signedOut: 307, author: 403, otherAuthor: 403, admin: 200 },
    })),
  },
  { file: 'app/api/comments/token/route.ts', calls: [{ method: 'GET', path: '/api/comments/token', status: everyone(200) }] },
  // Public on purpose (uptime checks, the proxy): it answers { ok } and nothing else.
  { file: 'app/api/health/route.ts', calls: [{ method: 'GET', path: '/api/health', status: everyone(200) }] },
  {
    file: 'app/admin/settings/backup/route.ts',
    // The whole database, accounts' password hashes included: admins only. Signed out, proxy.ts
    // sends the browser to sign in first (the route refuses with 401 on its own too).
    calls: [
      { method: 'GET', path: '/admin/settings/backup', status: { signedOut: 307, author: 403, otherAuthor: 403, admin: 200 } },
    ],
  },
  {
    file: 'app/api/internal/scheduled-work/route.ts',
    // Only the server's own scheduler holds the token; a session, even an admin's, is not enough.
    calls: [{ method: 'POST', path: '/api/internal/scheduled-work', status: everyone(404) }],
  },
  {
    file: 'app/api/internal/import-refresh/route.ts',
    // Only the importer holds the token (derived from the server's secret); a session is not enough.
    calls: [{ method: 'POST', path: '/api/internal/import-refresh', status: everyone(404) }],
  },
  {
    file: 'app/api/media/route.ts',
    calls: [
      {
        method: 'POST',
        path: '/api/media',
        status: { signedOut: 401, author: 201, otherAuthor: 201, admin: 201 },
        body: async () => ({ multipart: { file: { name: 'dot.png', mimeType: 'image/png', buffer: await tinyPng() } } }),
        snapshot: countRows('select count(*) as n from media'),
      },
    ],
  },
  {
    file: 'app/api/views/route.ts',
    calls: [
      {
        method: 'POST',
        path: '/api/views',
        status: everyone(404),
        body: async () => ({ data: { slug: 'no-such-post-for-views' } }),
      },
    ],
  },
  {
    file: 'app/media/[hash]/[file]/route.ts',
    calls: [{ method: 'GET', path: `/media/${'0'.repeat(64)}/800.webp`, status: everyone(404) }],
  },
  {
    file: 'app/api/mail/unsubscribe/route.ts',
    // RFC 8058 one-click: public by design; only a signed token in the URL unsubscribes anyone.
    calls: [
      { method: 'POST', path: '/api/mail/unsubscribe', status: everyone(404) },
      { method: 'POST', path: '/api/mail/unsubscribe?token=1.forgedsignatureforgedsignature', status: everyone(404) },
    ],
  },
  { file: 'app/(site)/feed.xml/route.ts', calls: [{ method: 'GET', path: '/feed.xml', status: everyone(200) }] },
  { file: 'app/(site)/atom.xml/route.ts', calls: [{ method: 'GET', path: '/atom.xml', status: everyone(200) }] },
  { file: 'app/(site)/feed.json/route.ts', calls: [{ method: 'GET', path: '/feed.json', status: everyone(200) }] },
  {
    file: 'app/(site)/labels/[label]/feed.xml/route.ts',
    calls: [{ method: 'GET', path: '/labels/archive-test/feed.xml', status: everyone(200) }],
  },
];

// ---- Server actions: every export of every app/**/actions.ts ----------------------------------

interface ActionRow {
  key: string;
  /** Roles whose call must go through; every other role is refused. */
  allowed: Role[];
  /** The form fields; `null` for an action called without arguments. */
  fields: (fx: Fixtures, role: Role) => Record<string, string> | null | Promise<Record<string, string> | null>;
  /** What an allowed call answers (part of the returned form state). */
  succeeds: string | RegExp;
  /** What a signed-in role without the right is told (default: the permission refusal). */
  refusal?: string;
  /** How a refusal looks, for every role, where it is not the usual answer. */
  refused?: (answer: { status: number; body: string }) => boolean;
  /** Read before and after a refused call: it must not change. */
  snapshot: (fx: Fixtures) => Promise<unknown>;
  /** The page to post to (default: the first one the build says bundles the action). */
  route?: (fx: Fixtures) => string;
  /** Roles not called, and why; their access is proven elsewhere. */
  notCalled?: { roles: Role[]; why: string };
  /** Extra request headers. */
  headers?: () => Record<string, string>;
}

async function queryOne(sql: string, args: (string | number)[] = []) {
  const db = e2eDatabase();
  try {
    return (await db.execute({ sql, args })).rows.map((row) => ({ ...row }));
  } finally {
    db.close();
  }
}

const postState = (fx: Fixtures) => queryOne('select title, status, version, excerpt from posts where id = ?', [fx.post.id]);
const pageState = (fx: Fixtures) => queryOne('select title, status, version, kind from posts where id = ?', [fx.page.id]);
const commentState = (fx: Fixtures) =>
  queryOne('select id, status, body_source from comments where id in (?, ?) or parent_id = ? order by id', [
    fx.comment,
    fx.spareComment,
    fx.comment,
  ]);
const targetState = (fx: Fixtures) => queryOne('select role, disabled_at, password_hash from users where id = ?', [fx.target.id]);
const usersState = () => queryOne('select id, name, bio, role, disabled_at, password_hash from users order by id');
const settingsState = () => queryOne('select key, value from settings order by key');

const postPayload = async (fx: Fixtures, role: Role) => {
  const [{ version }] = await postState(fx);
  return JSON.stringify({
    baseVersion: Number(version),
    title: `Retitled by ${role}`,
    contentHtml: '<p>Changed.</p>',
    slug: fx.post.slug,
    slugAuto: false,
  });
};

const ACTIONS: ActionRow[] = [
  {
    key: 'app/(site)/posts/[slug]/actions.ts#postComment',
    allowed: ROLES,
    route: () => `/posts/${COMMENTED_POST}`,
    fields: (_fx, role) => ({
      postSlug: COMMENTED_POST,
      name: `Caller ${role}`,
      body: `A comment from ${role} ${Date.now()}`,
      formToken: '',
    }),
    succeeds: '"ok":true',
    snapshot: async () => null,
    headers: () => ({ 'x-forwarded-for': readerAddress() }),
  },
  {
    key: 'app/admin/actions.ts#signOutAction',
    allowed: ROLES,
    fields: () => null,
    succeeds: '/login',
    snapshot: async () => null,
    notCalled: { roles: SIGNED_IN, why: 'it ends only the caller’s own session; e2e/auth.spec.ts signs out for real' },
  },
  {
    key: 'app/admin/comments/actions.ts#moderateComments',
    allowed: ['admin'],
    fields: (fx) => ({ ids: String(fx.comment), action: 'approve' }),
    succeeds: '1 comment approved.',
    snapshot: commentState,
  },
  {
    key: 'app/admin/comments/actions.ts#undoModeration',
    allowed: ['admin'],
    fields: (fx, role) => ({
      changes: JSON.stringify([{ id: fx.comment, previousStatus: role === 'admin' ? 'pending' : 'spam' }]),
    }),
    succeeds: 'Undone.',
    snapshot: commentState,
  },
  {
    key: 'app/admin/comments/actions.ts#editComment',
    allowed: ['admin'],
    fields: (fx, role) => ({ id: String(fx.comment), body: `Edited by ${role}` }),
    succeeds: 'Comment saved.',
    snapshot: commentState,
  },
  {
    key: 'app/admin/comments/actions.ts#replyToComment',
    allowed: ['admin'],
    fields: (fx, role) => ({ parentId: String(fx.comment), body: `A reply by ${role}` }),
    succeeds: 'Reply published',
    snapshot: commentState,
  },
  {
    key: 'app/admin/comments/actions.ts#blockCommenter',
    allowed: ['admin'],
    fields: (fx) => ({ id: String(fx.comment) }),
    succeeds: 'Commenter blocked',
    snapshot: async (fx) => [await commentState(fx), await settingsState()],
  },
  {
    key: 'app/admin/comments/actions.ts#deleteCommentsForGood',
    allowed: ['admin'],
    fields: (fx) => ({ ids: String(fx.spareComment) }),
    succeeds: '1 comment deleted permanently.',
    snapshot: commentState,
  },
  {
    key: 'app/admin/posts/actions.ts#savePostAction',
    allowed: ['author', 'admin'],
    fields: async (fx, role) => ({ postId: String(fx.post.id), kind: 'autosave', payload: await postPayload(fx, role) }),
    succeeds: 'Saved.',
    refusal: NOT_YOUR_POST,
    snapshot: postState,
  },
  {
    key: 'app/admin/posts/actions.ts#listRevisionsAction',
    allowed: ['author', 'admin'],
    fields: (fx) => ({ postId: String(fx.post.id) }),
    succeeds: '"revisions"',
    refusal: NOT_YOUR_POST,
    snapshot: postState,
  },
  {
    key: 'app/admin/posts/actions.ts#restoreRevisionAction',
    allowed: ['author', 'admin'],
    // The save above kept the first text as a revision.
    fields: async (fx) => {
      const [revision] = await queryOne('select id from post_revisions where post_id = ? order by id limit 1', [fx.post.id]);
      return { postId: String(fx.post.id), revisionId: String(revision?.id ?? 999_999) };
    },
    succeeds: 'Revision restored.',
    refusal: NOT_YOUR_POST,
    snapshot: postState,
  },
  {
    key: 'app/admin/posts/actions.ts#transitionPostsAction',
    allowed: ['author', 'admin'],
    // The author trashes it, then the admin restores it.
    fields: (fx, role) => ({ ids: String(fx.post.id), transition: role === 'admin' ? 'restore' : 'trash' }),
    succeeds: '1 post changed.',
    refusal: NOT_YOUR_POST,
    snapshot: postState,
  },
  {
    key: 'app/admin/posts/actions.ts#bulkPostsAction',
    allowed: ['author', 'admin'],
    fields: (fx, role) => ({ bulk: role === 'admin' ? 'restore' : 'trash', [`post-${fx.post.id}`]: 'on' }),
    succeeds: /1 post (moved to the trash|restored as a draft)\./,
    refusal: NOT_YOUR_POST,
    snapshot: postState,
  },
  {
    key: 'app/admin/pages/actions.ts#savePageAction',
    allowed: ['admin'],
    fields: async (fx, role) => {
      const [{ version }] = await pageState(fx);
      const payload = { baseVersion: Number(version), title: `Page by ${role}`, contentHtml: '<p>Changed.</p>' };
      return { postId: String(fx.page.id), kind: 'autosave', payload: JSON.stringify({ ...payload, slug: fx.page.slug }) };
    },
    succeeds: 'Saved.',
    refusal: PAGES_NOT_ALLOWED,
    snapshot: pageState,
  },
  {
    key: 'app/admin/pages/actions.ts#listPageRevisionsAction',
    allowed: ['admin'],
    fields: (fx) => ({ postId: String(fx.page.id) }),
    succeeds: '"revisions"',
    refusal: PAGES_NOT_ALLOWED,
    snapshot: pageState,
  },
  {
    key: 'app/admin/pages/actions.ts#restorePageRevisionAction',
    allowed: ['admin'],
    fields: async (fx) => {
      const [revision] = await queryOne('select id from post_revisions where post_id = ? order by id limit 1', [fx.page.id]);
      return { postId: String(fx.page.id), revisionId: String(revision?.id ?? 999_999) };
    },
    succeeds: 'Revision restored.',
    refusal: PAGES_NOT_ALLOWED,
    snapshot: pageState,
  },
  {
    key: 'app/admin/pages/actions.ts#transitionPagesAction',
    allowed: ['admin'],
    // The admin trashes it; the bulk action below restores it.
    fields: (fx) => ({ ids: String(fx.page.id), transition: 'trash' }),
    succeeds: '1 page changed.',
    refusal: PAGES_NOT_ALLOWED,
    snapshot: pageState,
  },
  {
    key: 'app/admin/pages/actions.ts#bulkPagesAction',
    allowed: ['admin'],
    fields: (fx, role) => ({ bulk: role === 'admin' ? 'restore' : 'trash', [`post-${fx.page.id}`]: 'on' }),
    succeeds: '1 page restored as a draft.',
    refusal: PAGES_NOT_ALLOWED,
    snapshot: pageState,
  },
  {
    key: 'app/admin/profile/actions.ts#saveProfile',
    // Anyone signed in, and only ever their own profile: the account comes from the session.
    allowed: SIGNED_IN,
    // Each caller saves their own name and bio as they are, so no other spec finds them changed.
    fields: async (_fx, role) => {
      if (role === 'signedOut') return { name: 'Nobody', bio: 'Bio written by nobody' };
      const [me] = await queryOne('select name, bio from users where email = ?', [ACCOUNT[role].email]);
      return { name: String(me.name), bio: String(me.bio) };
    },
    succeeds: 'Profile saved.',
    snapshot: usersState,
  },
  {
    key: 'app/admin/profile/actions.ts#changePassword',
    allowed: SIGNED_IN,
    fields: () => ({ currentPassword: accounts.author.password, newPassword: 'a brand new passphrase for alice' }),
    succeeds: 'password=changed',
    snapshot: usersState,
    notCalled: {
      roles: SIGNED_IN,
      why: 'it checks the caller’s own current password (a failed sign-in for any other caller, against the per-address limit); e2e/profile.spec.ts changes a password',
    },
  },
  {
    key: 'app/admin/settings/actions.ts#saveSettings',
    allowed: ['admin'],
    // The admin saves the settings as they are; everyone else tries to retitle the blog.
    fields: (fx, role) => ({ ...fx.settingsForm, ...(role === 'admin' ? {} : { title: `Taken over by ${role}` }) }),
    succeeds: 'Settings saved.',
    snapshot: settingsState,
  },
  {
    key: 'app/admin/users/actions.ts#createAccount',
    allowed: ['admin'],
    // Others try to make an admin; the admin makes an author (the run keeps one admin).
    fields: (_fx, role) => ({
      name: `Made by ${role}`,
      email: `made-by-${role.toLowerCase()}-${Date.now()}@e2e.test`,
      role: role === 'admin' ? 'author' : 'admin',
    }),
    succeeds: 'Account created',
    snapshot: usersState,
  },
  {
    key: 'app/admin/users/actions.ts#changeRole',
    allowed: ['admin'],
    fields: (fx, role) => ({ userId: String(fx.target.id), role: role === 'admin' ? 'author' : 'admin' }),
    succeeds: 'Role changed to author.',
    snapshot: targetState,
  },
  {
    key: 'app/admin/users/actions.ts#setAccountDisabled',
    allowed: ['admin'],
    fields: (fx) => ({ userId: String(fx.target.id), disabled: 'true' }),
    succeeds: 'Account disabled.',
    snapshot: targetState,
  },
  {
    key: 'app/admin/users/actions.ts#resetPassword',
    allowed: ['admin'],
    fields: (fx) => ({ userId: String(fx.target.id) }),
    succeeds: 'Password reset',
    snapshot: targetState,
  },
  {
    key: 'app/change-password/actions.ts#replaceTemporaryPassword',
    allowed: SIGNED_IN,
    fields: () => ({ currentPassword: accounts.author.password, newPassword: 'a brand new passphrase for alice' }),
    succeeds: '/admin',
    snapshot: usersState,
    notCalled: {
      roles: SIGNED_IN,
      why: 'it checks the caller’s own current password, like changePassword; e2e/admin-users.spec.ts replaces a temporary password',
    },
  },
  {
    key: 'app/login/actions.ts#signInWithPassword',
    allowed: ROLES,
    fields: () => ({ email: accounts.author.email, password: accounts.author.password, callbackUrl: '/admin' }),
    succeeds: '/admin',
    snapshot: async () => null,
    notCalled: {
      roles: SIGNED_IN,
      why: 'signing in replaces the caller’s session; the sign-in form is public by design (e2e/auth.spec.ts)',
    },
  },
  {
    key: 'app/admin/subscribers/actions.ts#deleteSubscriberAction',
    allowed: ['admin'],
    fields: () => ({ id: '999999' }),
    succeeds: 'That subscriber was already deleted.',
    snapshot: () => queryOne('select id, email from mail_subscribers order by id'),
  },
  ...(['moderateFromEmail', 'confirmSubscription', 'unsubscribe'] as const).map((name): ActionRow => ({
    key: `app/mail/actions.ts#${name}`,
    // Public, for the holder of a link's token (e2e/email.spec.ts); a guessed one opens nothing, for anyone.
    allowed: [],
    fields: () => ({ token: name === 'unsubscribe' ? '1.guessedsignatureguessedsignature' : 'guessed' }),
    succeeds: '',
    refused: (answer) => /expired or was already used|not valid/.test(answer.body),
    snapshot: async () => [
      await queryOne('select id, confirmed_at, unsubscribed_at from mail_subscribers order by id'),
      await queryOne('select id, status from comments order by id'),
    ],
  })),
  {
    key: 'app/setup/actions.ts#createOwnerAccount',
    // Public while no admin exists, with the printed token (e2e/setup.spec.ts); closed for everyone after.
    allowed: [],
    fields: () => ({
      token: 'guessed',
      name: 'Usurper',
      email: `usurper-${Date.now()}@e2e.test`,
      password: 'a passphrase for the usurper',
    }),
    succeeds: '',
    // proxy.ts answers /setup with 404 once an admin exists, so Next finds no action to run (409);
    // were it reached, the action refuses a wrong token itself.
    refused: (answer) => [404, 409].includes(answer.status) || answer.body.includes('This setup link is not valid'),
    snapshot: usersState,
  },
];

// ---- The guard: the tables list everything the code has -----------------------------------------

function filesUnder(dir: string, name: RegExp): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => name.test(path.basename(file)))
    .map((file) => path.posix.join(dir, file.split(path.sep).join('/')))
    .sort();
}

/** `file#export` for every export of every actions.ts under app, read from the source. */
function sourceActionKeys(): string[] {
  return filesUnder('app', /^actions\.ts$/).flatMap((file) => {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    return [...source.matchAll(/^export (?:const|async function|function) (\w+)/gm)].map((m) => `${file}#${m[1]}`);
  });
}

test('the tables list every admin page, route handler and server action there is', () => {
  expect(PAGES.map((p) => p.file).sort()).toEqual(filesUnder('app/admin', /^page\.tsx$/));
  expect(ROUTES.map((r) => r.file).sort()).toEqual(filesUnder('app', /^route\.ts$/));
  const keys = ACTIONS.map((a) => a.key).sort();
  expect(keys).toEqual(sourceActionKeys().sort());
  // And what the build can actually run, which is what an attacker can call.
  expect(keys).toEqual(
    builtServerActions()
      .map((a) => a.key)
      .sort(),
  );
});

// ---- The runs -----------------------------------------------------------------------------------

test.describe.configure({ mode: 'serial' });

const requests = {} as Record<Exclude<Role, 'signedOut'>, APIRequestContext>;
const pages = {} as Record<Exclude<Role, 'signedOut'>, Page>;
let fx: Fixtures;
let newAnonymousRequest: () => Promise<APIRequestContext>;

/** The role's request context; a signed-out caller gets a new one each time (a sign-in must not stick). */
async function asRole<T>(role: Role, send: (request: APIRequestContext) => Promise<T>): Promise<T> {
  if (role !== 'signedOut') return send(requests[role]);
  const request = await newAnonymousRequest();
  try {
    return await send(request);
  } finally {
    await request.dispose();
  }
}

async function signedInRequest(browser: Browser, account: Account) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return { context, page };
}

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  test.setTimeout(90_000);
  newAnonymousRequest = () => playwright.request.newContext({ baseURL });
  const admin = await signedInRequest(browser, accounts.owner);
  pages.admin = admin.page;
  pages.author = (await signedInRequest(browser, accounts.author)).page;
  pages.otherAuthor = (await signedInRequest(browser, accounts.otherAuthor)).page;
  for (const role of SIGNED_IN) requests[role as Exclude<Role, 'signedOut'>] = pages[role as Exclude<Role, 'signedOut'>].request;
  const actions = new Map(builtServerActions().map((a) => [a.key, a]));
  const call = (key: string, role: Role, route: string, fields: Record<string, string>, headers?: Record<string, string>) =>
    asRole(role, (request) => callServerAction(request, actions.get(key)!, route, fields, headers));

  // The author's draft, written through the editor's own action.
  const slug = `authorization-draft-${Date.now()}`;
  const saved = await call('app/admin/posts/actions.ts#savePostAction', 'author', '/admin/posts/new', {
    postId: '',
    kind: 'autosave',
    payload: JSON.stringify({
      baseVersion: 0,
      title: 'An author’s own draft',
      contentHtml: '<p>Mine.</p>',
      slug,
      slugAuto: false,
    }),
  });
  expect(saved.body).toContain('Saved.');
  const [post] = await queryOne('select id from posts where slug = ?', [slug]);

  // The admin's draft page, written through the pages' own action.
  const pageSlug = `authorization-page-${Date.now()}`;
  const savedPage = await call('app/admin/pages/actions.ts#savePageAction', 'admin', '/admin/pages/new', {
    postId: '',
    kind: 'autosave',
    payload: JSON.stringify({
      baseVersion: 0,
      title: 'An admin’s page',
      contentHtml: '<p>Ours.</p>',
      slug: pageSlug,
      slugAuto: false,
    }),
  });
  expect(savedPage.body).toContain('Saved.');
  const [page] = await queryOne('select id from posts where slug = ? and kind = ?', [pageSlug, 'page']);

  // Two held comments from a reader.
  const comments: number[] = [];
  for (const n of [1, 2]) {
    const body = `A comment to moderate, number ${n}, ${Date.now()}`;
    const posted = await call(
      'app/(site)/posts/[slug]/actions.ts#postComment',
      'signedOut',
      `/posts/${COMMENTED_POST}`,
      {
        postSlug: COMMENTED_POST,
        name: 'Mo Derate',
        body,
      },
      { 'x-forwarded-for': readerAddress() },
    );
    expect(posted.body).toContain('"status":"pending"');
    const [row] = await queryOne('select id from comments where body_source = ?', [body]);
    comments.push(Number(row.id));
  }

  // An account for the user actions to change.
  const email = `target-${Date.now()}@e2e.test`;
  const created = await call('app/admin/users/actions.ts#createAccount', 'admin', '/admin/users', {
    name: 'Tara Target',
    email,
    role: 'author',
  });
  expect(created.body).toContain('Account created');
  const [target] = await queryOne('select id from users where email = ?', [email]);

  // The settings form exactly as the admin's page fills it.
  await admin.page.goto('/admin/settings');
  const settingsForm = await admin.page
    .locator('form')
    .filter({ has: admin.page.getByRole('button', { name: 'Save settings' }) })
    .evaluate((form: HTMLFormElement) =>
      Object.fromEntries([...new FormData(form)].filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, String(v)])),
    );

  fx = {
    post: { id: Number(post.id), slug },
    page: { id: Number(page.id), slug: pageSlug },
    comment: comments[0],
    spareComment: comments[1],
    target: { id: Number(target.id), email },
    settingsForm,
  };
});

test.afterAll(async () => {
  if (!fx) return;
  // Leave the blog as it was, through the app's own actions: the draft, and every comment made here.
  const actions = new Map(builtServerActions().map((a) => [a.key, a]));
  const [post] = await queryOne('select id from posts where slug = ?', [COMMENTED_POST]);
  const ids = (await queryOne('select id from comments where post_id = ?', [Number(post.id)])).map((r) => String(r.id));
  if (ids.length) {
    const deleted = await callServerAction(
      requests.admin,
      actions.get('app/admin/comments/actions.ts#deleteCommentsForGood')!,
      '/admin/comments',
      { ids: ids.join(',') },
    );
    expect(deleted.body).toContain('deleted permanently');
  }
  const trashed = await callServerAction(
    requests.author,
    actions.get('app/admin/posts/actions.ts#transitionPostsAction')!,
    '/admin/posts',
    {
      ids: String(fx.post.id),
      transition: 'trash',
    },
  );
  expect(trashed.body).toContain('1 post changed.');
  const gone = await callServerAction(
    requests.author,
    actions.get('app/admin/posts/actions.ts#bulkPostsAction')!,
    '/admin/posts',
    {
      bulk: 'deletePermanently',
      [`post-${fx.post.id}`]: 'on',
    },
  );
  expect(gone.body).toContain('1 deleted permanently.');
  const bulkPages = actions.get('app/admin/pages/actions.ts#bulkPagesAction')!;
  for (const bulk of ['trash', 'deletePermanently']) {
    const answer = await callServerAction(requests.admin, bulkPages, '/admin/pages', { bulk, [`post-${fx.page.id}`]: 'on' });
    expect(answer.body).toMatch(/1 page moved to the trash\.|1 deleted permanently\./);
  }
});

for (const row of PAGES) {
  test(`page ${row.file}`, async () => {
    for (const role of ROLES) {
      const path = row.path(fx);
      let outcome: string;
      if (role === 'signedOut') {
        const response = await asRole(role, (request) => request.get(path, { maxRedirects: 0 }));
        const toLogin = response.status() >= 300 && response.status() < 400 && /\/login/.test(response.headers().location ?? '');
        outcome = toLogin ? 'sign in' : `status ${response.status()}`;
      } else {
        // A refusal decided while the page renders streams with status 200 (docs/auth.md): read the page.
        const page = pages[role];
        const response = await page.goto(path);
        const heading = page.getByRole('main').getByRole('heading', { level: 1 });
        await expect(heading).toHaveCount(1);
        outcome =
          response?.status() !== 200
            ? `status ${response?.status()}`
            : /have access to this page/.test(await heading.innerText())
              ? 'refused'
              : 'shown';
      }
      const expected = row.allowed.includes(role) ? 'shown' : role === 'signedOut' ? 'sign in' : 'refused';
      expect(outcome, `${role} opening ${path}`).toBe(expected);
    }
  });
}

for (const route of ROUTES) {
  test(`route ${route.file}`, async () => {
    for (const call of route.calls) {
      // Refused roles first, so the check that nothing changed is not muddled by an allowed write.
      const order = [...ROLES].sort((a, b) => Number(call.status[a] < 400) - Number(call.status[b] < 400));
      for (const role of order) {
        const before = await call.snapshot?.();
        const origin = new URL(process.env.INKWELL_E2E_URL!).origin;
        const body = call.body ? await call.body() : {};
        const status = await asRole(role, async (request) => {
          const response = await request.fetch(call.path, {
            method: call.method,
            headers: { origin, 'x-forwarded-for': readerAddress() },
            ...body,
            maxRedirects: 0,
          });
          return response.status();
        });
        expect(status, `${role}: ${call.method} ${call.path}`).toBe(call.status[role]);
        if (call.snapshot && status >= 400) expect(await call.snapshot(), `${role} changed nothing`).toEqual(before);
      }
    }
  });
}

for (const row of ACTIONS) {
  test(`action ${row.key}`, async () => {
    const action = builtServerActions().find((a) => a.key === row.key)!;
    const route = row.route?.(fx) ?? action.routes.find((r) => !r.includes('['))!;
    const called = ROLES.filter((role) => !row.notCalled?.roles.includes(role));
    // Refused roles first: each must leave the snapshot as it was.
    const order = [...called.filter((r) => !row.allowed.includes(r)), ...called.filter((r) => row.allowed.includes(r))];
    for (const role of order) {
      const before = await row.snapshot(fx);
      const fields = await row.fields(fx, role);
      const answer = await asRole(role, (request) => callServerAction(request, action, route, fields, row.headers?.()));
      const said = `${role} calling ${row.key}: ${answer.status} ${answer.location ?? ''} ${answer.body.slice(0, 300)}`;
      if (row.allowed.includes(role)) {
        expect(`${answer.location ?? ''} ${answer.body}`, said).toMatch(row.succeeds);
        continue;
      }
      if (row.refused) {
        expect(row.refused(answer), said).toBe(true);
      } else if (role === 'signedOut') {
        // Sent to sign in — by proxy.ts for /admin (a 307), by the action itself elsewhere (Next's
        // action redirect: 200 with x-action-redirect) — or not found.
        const redirected = (answer.status >= 300 && answer.status < 400) || answer.status === 200;
        const toLogin = redirected && /^\/login\b/.test(answer.location ?? '');
        expect(toLogin || answer.status === 404 || /session has ended/.test(answer.body), said).toBe(true);
      } else {
        expect(answer.body, said).toContain(row.refusal ?? NO_PERMISSION);
      }
      expect(await row.snapshot(fx), `${role} changed nothing`).toEqual(before);
    }
  });
}
