export const ROLE_OPTIONS = [
  { value: 'author', label: 'Author — writes and manages their own posts' },
  { value: 'admin', label: 'Admin — manages all posts, comments, users and settings' },
] as const;
