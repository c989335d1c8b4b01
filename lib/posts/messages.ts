// Messages the editor (a client component) shares with the server's input schemas. Kept free of
// zod on purpose: importing lib/posts/input.ts into the editor put zod in its bundle, and zod
// probes for eval (`new Function`) when it builds a schema, which the Content-Security-Policy
// refuses and reports (docs/security.md).

export const TITLE_REQUIRED = 'Please give your post a title.';
