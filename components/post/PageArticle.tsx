import { PostBody } from './PostBody';

/** A standalone page (About, Contact) as readers see it: its title and body, no date, byline or labels. */
export function PageArticle({ title, contentHtml }: { title: string; contentHtml: string }) {
  return (
    <article>
      <header className="mb-8">
        <h1 className="font-serif text-4xl font-semibold leading-tight tracking-tight sm:text-5xl">{title}</h1>
      </header>
      <PostBody html={contentHtml} id="post-body" />
    </article>
  );
}
