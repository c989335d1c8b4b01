import 'server-only';
import { savePost, type EditContext } from './editing';
import { fieldErrorsOf, postDraftSchema } from './input';
import type { SavePostResponse } from './save-response';

const toFieldErrors = (errors: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, message ? [message] : []]));

/** A save refused before it reached the post, in the editor's response shape. */
export const refusedSave = (error: string, fieldErrors: Record<string, string[]> = {}, reason = 'invalid'): SavePostResponse => ({
  ok: false,
  error,
  fieldErrors,
  values: {},
  reason,
});

/**
 * An autosave or publish as the editor sends it (its whole state as JSON in one field), for posts
 * and pages alike: parsed, saved through savePost, and answered in the editor's response shape.
 * The caller has authorised the person and invalidates `tags`.
 */
export async function saveEditorPayload(
  ctx: EditContext,
  postId: number | null,
  kind: 'autosave' | 'publish',
  payload: string,
): Promise<{ response: SavePostResponse; tags: string[] }> {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return {
      response: refusedSave('The editor sent something unreadable. Reload the page; your text is kept in this browser.'),
      tags: [],
    };
  }
  const parsed = postDraftSchema.safeParse(json);
  if (!parsed.success) {
    return {
      response: refusedSave('Please correct the highlighted fields.', toFieldErrors(fieldErrorsOf(parsed.error))),
      tags: [],
    };
  }

  const result = await savePost(ctx, postId, parsed.data, kind);
  if (!result.ok) {
    return {
      response: {
        ok: false,
        error: result.error,
        fieldErrors: 'fieldErrors' in result ? toFieldErrors(result.fieldErrors) : {},
        values: {},
        reason: result.reason,
        conflict: 'conflict' in result ? result.conflict : undefined,
      },
      tags: [],
    };
  }
  const { tags, ...saved } = result;
  const message = kind === 'autosave' ? 'Saved.' : saved.status === 'scheduled' ? 'Scheduled.' : 'Published.';
  return { response: { ...saved, message }, tags };
}
