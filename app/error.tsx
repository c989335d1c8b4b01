'use client';

import Link from 'next/link';

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
        <Link
          href="/"
          className="rounded-md px-4 py-2 font-medium text-accent-600 underline underline-offset-4 dark:text-accent-400"
        >
          Go to the home page
        </Link>
      </p>
    </main>
  );
}
