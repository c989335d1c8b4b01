'use server';

import type { SessionUser } from '@/lib/auth/session';
import { log } from '@/lib/logging/logger';
import { canWritePages, PAGES_NOT_ALLOWED } from '@/lib/pages/access';
import { writingActions } from '@/lib/posts/writing-actions';
import { loadSiteSettings } from '@/lib/settings/site-settings';

// The pages' editor and list: the posts' own operations (lib/posts/writing-actions.ts: sanitizer,
// revisions, slugs, concurrency, redirects) on rows of kind 'page', so these act on pages only and
// the posts' actions on posts only. Every action first asks whether this person may write pages at
// all (admins; authors while the setting allows), from the stored settings, never a cached copy.
async function pagesRefusal(user: SessionUser): Promise<string | null> {
  if (canWritePages(user, await loadSiteSettings())) return null;
  log.warn(
    { event: 'action.refused', userId: user.id, role: user.role, needs: 'writePages' },
    'action refused: pages not allowed',
  );
  return PAGES_NOT_ALLOWED;
}

const pages = writingActions({ kind: 'page', one: 'page', many: 'pages', refusal: pagesRefusal });

export const savePageAction = pages.save;
export const transitionPagesAction = pages.transition;
export const bulkPagesAction = pages.bulk;
export const restorePageRevisionAction = pages.restoreRevision;
export const listPageRevisionsAction = pages.listRevisions;
