import Link from 'next/link';
import type { ReactNode } from 'react';

/** The frame of the sign-in and setup pages: the blog's name, a heading, the form. */
export function AuthCard({
  blogTitle,
  heading,
  intro,
  children,
}: {
  blogTitle: string;
  heading: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-5 py-12">
      <p className="mb-8 text-center font-serif text-2xl font-semibold">
        <Link href="/" className="hover:text-accent-600 dark:hover:text-accent-400">
          {blogTitle}
        </Link>
      </p>
      <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm sm:p-8 dark:border-stone-800 dark:bg-stone-900">
        <h1 className="font-serif text-3xl font-semibold tracking-tight">{heading}</h1>
        {intro && <div className="mt-2 text-stone-700 dark:text-stone-300">{intro}</div>}
        <div className="mt-6">{children}</div>
      </div>
    </main>
  );
}
