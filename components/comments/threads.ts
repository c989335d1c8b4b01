export interface Threaded<T> {
  comment: T;
  replies: Threaded<T>[];
}

export const MAX_THREAD_DEPTH = 3;

/**
 * Nests comments under their parents, keeping input order (oldest first). Replies deeper than
 * MAX_THREAD_DEPTH attach to the deepest allowed level; a reply whose parent is not shown
 * (held, trashed) is shown at the top level.
 */
export function buildThreads<T extends { id: number; parentId: number | null }>(comments: T[]): Threaded<T>[] {
  const nodes = new Map<number, { node: Threaded<T>; depth: number }>();
  const roots: Threaded<T>[] = [];
  for (const comment of comments) {
    const node: Threaded<T> = { comment, replies: [] };
    let parent = comment.parentId === null ? undefined : nodes.get(comment.parentId);
    if (!parent) {
      roots.push(node);
      nodes.set(comment.id, { node, depth: 1 });
      continue;
    }
    // Climb to an ancestor that still has room for a level below it.
    while (parent.depth >= MAX_THREAD_DEPTH) {
      const grand = nodes.get(parent.node.comment.parentId!);
      if (!grand) break;
      parent = grand;
    }
    parent.node.replies.push(node);
    nodes.set(comment.id, { node, depth: parent.depth + 1 });
  }
  return roots;
}
