'use client';

/** Shown when a page fails to render; the reader can retry without losing their place. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-24 text-center">
      <h1 className="font-serif text-4xl font-semibold">Something went wrong</h1>
      <p className="mt-4 text-stone-600 dark:text-stone-400">
        This page could not be shown just now. It is not something you did.
      </p>
      <p className="mt-8 flex justify-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md border border-stone-300 px-4 py-2 font-medium dark:border-stone-700"
        >
          Try again
        </button>
        {/* A plain link, not next/link: this boundary's chunk loads on every page, and next/link's
            code in it would be a second copy of the one the site header's chunk already carries
            (~3 KB gzip; bench/README.md, "Page weight"). A full load is also the surer way out of an error. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- on purpose, see above */}
        <a
          href="/"
          className="rounded-md px-4 py-2 font-medium text-accent-600 underline underline-offset-4 dark:text-accent-400"
        >
          Go to the home page
        </a>
      </p>
    </main>
  );
}
