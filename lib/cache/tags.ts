// Cache tags name what a cached reader page shows. Every write invalidates exactly the tags it touches.
export const cacheTags = {
  /** Any list of posts: home, labels, archive, feeds, sitemap. */
  postLists: 'posts',
  post: (slug: string) => `post:${slug}`,
  comments: (postId: number) => `comments:${postId}`,
  settings: 'settings',
  /** The published pages' titles and slugs the site header links to (with the settings that choose them). */
  pageLinks: 'page-links',
} as const;
