// Cache tags name what a cached reader page shows. Every write invalidates exactly the tags it touches.
export const cacheTags = {
  /** Any list of posts: home, labels, archive, feeds, sitemap. */
  postLists: 'posts',
  post: (slug: string) => `post:${slug}`,
  comments: (postId: number) => `comments:${postId}`,
  settings: 'settings',
} as const;

/** Tags that cover every cached reader page; used after writes made behind Next's back. */
export const everyReaderTag = [cacheTags.postLists, cacheTags.settings];
