// The comment form's field names and limit, shared by the form (a client component) and the
// server's schema in ./input.ts. Kept free of zod on purpose: it would otherwise be bundled into
// every post page, and zod probes for eval (`new Function`) when it builds a schema, which the
// Content-Security-Policy refuses and reports (docs/security.md).

export const MAX_COMMENT_LENGTH = 5000;

/** The form's field names, shared by the form component and the action. */
export const COMMENT_FIELDS = {
  name: 'name',
  email: 'email',
  website: 'website',
  body: 'body',
  // A field people never see; bots that fill every field give themselves away.
  honeypot: 'company',
  formToken: 'formToken',
  postSlug: 'postSlug',
  parentId: 'parentId',
  // "Email me when someone replies", and "…and about every new comment on this post".
  notify: 'notifyReplies',
  notifyAll: 'notifyAll',
} as const;
