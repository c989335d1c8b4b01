import Link from 'next/link';

export function SiteHeader({ title, description }: { title: string; description: string }) {
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-end justify-between gap-4 px-5 py-6">
        <div>
          <p className="font-serif text-3xl font-semibold tracking-tight">
            <Link href="/" className="hover:text-accent-600 dark:hover:text-accent-400">
              {title}
            </Link>
          </p>
          {description && <p className="mt-1 text-stone-600 dark:text-stone-400">{description}</p>}
        </div>
        <nav aria-label="Site">
          <ul className="flex gap-4 text-sm font-medium">
            <li>
              <Link href="/" className="underline-offset-4 hover:underline">
                Home
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
