import Link from 'next/link';

export default function AdminForbidden() {
  return (
    <div className="py-12">
      <p className="text-sm font-semibold uppercase tracking-widest text-accent-600 dark:text-accent-400">403</p>
      <h1 className="mt-3 font-serif text-3xl font-semibold">You don’t have access to this page</h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">
        This part of the back office is for admins. If you need it, ask an admin of this blog.
      </p>
      <p className="mt-8">
        <Link href="/admin" className="font-medium text-accent-600 underline underline-offset-4 dark:text-accent-400">
          Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
