import Link from '@/components/site/IntentLink';
import { ThemeToggle } from './ThemeToggle';

const NAV_LINKS = [
  { href: '/', label: 'Home' },
  { href: '/archive', label: 'Archive' },
  { href: '/search', label: 'Search' },
];

/** The blog's name, and its navigation: home, archive, search, the pages the admin chose (in their order), the feed. */
export function SiteHeader({
  title,
  description,
  pages,
}: {
  title: string;
  description: string;
  pages: readonly { slug: string; title: string }[];
}) {
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-end justify-between gap-4 px-5 py-6">
        <div>
          {/* The blog's name is a link home, not a paragraph nor a heading (each page has its own h1):
              a styled <p> reads as a fake heading to axe's p-as-heading. */}
          <div className="font-serif text-3xl font-semibold tracking-tight">
            <Link href="/" className="hover:text-accent-600 dark:hover:text-accent-400">
              {title}
            </Link>
          </div>
          {description && <p className="mt-1 text-stone-600 dark:text-stone-400">{description}</p>}
        </div>
        <nav aria-label="Site" className="ml-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm font-medium">
            {NAV_LINKS.map(({ href, label }) => (
              <li key={href}>
                <Link href={href} className="underline-offset-4 hover:underline">
                  {label}
                </Link>
              </li>
            ))}
            {pages.map((page) => (
              <li key={page.slug}>
                <Link href={`/${page.slug}`} className="underline-offset-4 hover:underline">
                  {page.title}
                </Link>
              </li>
            ))}
            <li>
              {/* A feed is a file, not a page: a plain link, not client navigation. */}
              <a href="/feed.xml" className="underline-offset-4 hover:underline">
                Feed
              </a>
            </li>
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
