import Link from '@/components/site/IntentLink';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-24 text-center">
      <p className="text-sm font-semibold uppercase tracking-widest text-accent-600 dark:text-accent-400">404</p>
      <h1 className="mt-3 font-serif text-4xl font-semibold">Page not found</h1>
      <p className="mt-4 text-stone-600 dark:text-stone-400">
        There is no page at this address. It may have moved, or the link may be mistyped.
      </p>
      <p className="mt-8">
        <Link href="/" className="font-medium text-accent-600 underline underline-offset-4 dark:text-accent-400">
          Back to the latest posts
        </Link>
      </p>
    </main>
  );
}
