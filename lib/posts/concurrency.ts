/**
 * Optimistic concurrency: every save names the version of the post it started from. The database
 * accepts it only if that is still the current version (one UPDATE … WHERE version = ?), so two
 * tabs or two people can never silently overwrite each other.
 */

export interface PostSnapshot {
  version: number;
  title: string;
  contentHtml: string;
  updatedAt: Date;
}

export interface SaveConflict {
  /** What is stored now, written by the other tab or person. */
  theirs: PostSnapshot;
  /** What this save tried to store; kept (as a revision and in the browser) so nothing is lost. */
  yours: { title: string; contentHtml: string; baseVersion: number };
}

/** What a save refused for a conflict carries besides its message (its FormResult's failure detail). */
export interface SaveFailure {
  conflict: SaveConflict;
}

export const CONFLICT_MESSAGE =
  'This post was changed in another tab or by someone else since you opened it. Your version was kept: compare the two and choose which to keep.';
