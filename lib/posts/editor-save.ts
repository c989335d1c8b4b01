import 'server-only';
import { fieldErrorsOf } from '@/lib/forms/field-errors';
import type { FieldErrors } from '@/lib/forms/form-state';
import type { EditContext } from './edit-context';
import { savePost, type SavePostResult } from './editing';
import { postDraftSchema } from './input';

/** A save refused before it reached the post. The editor's text stays on screen and in the browser's copy, so nothing is echoed back in `values`. */
export const refusedSave = (error: string, fieldErrors: FieldErrors = {}, reason = 'invalid'): SavePostResult => ({
  ok: false,
  error,
  fieldErrors,
  values: {},
  reason,
});

/**
 * An autosave or publish as the editor sends it (its whole state as JSON in one field), for posts
 * and pages alike: parsed, saved through savePost, and answered in the editor's result shape.
 * The caller has authorised the person and invalidates `tags`.
 */
export async function saveEditorPayload(
  ctx: EditContext,
  postId: number | null,
  kind: 'autosave' | 'publish',
  payload: string,
): Promise<{ result: SavePostResult; tags: string[] }> {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return {
      result: refusedSave('The editor sent something unreadable. Reload the page; your text is kept in this browser.'),
      tags: [],
    };
  }
  const parsed = postDraftSchema.safeParse(json);
  if (!parsed.success)
    return { result: refusedSave('Please correct the highlighted fields.', fieldErrorsOf(parsed.error)), tags: [] };

  const result = await savePost(ctx, postId, parsed.data, kind);
  if (!result.ok) {
    return {
      result: {
        ok: false,
        error: result.error,
        fieldErrors: 'fieldErrors' in result ? result.fieldErrors : {},
        values: {},
        reason: result.reason,
        conflict: 'conflict' in result ? result.conflict : undefined,
      },
      tags: [],
    };
  }
  const { tags, ...saved } = result;
  const message = kind === 'autosave' ? 'Saved.' : saved.status === 'scheduled' ? 'Scheduled.' : 'Published.';
  return { result: { ...saved, message }, tags };
}
