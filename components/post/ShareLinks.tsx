import { shareLinks } from '@/lib/share/links';
import { CopyLinkButton } from './CopyLinkButton';

const chip =
  'inline-block rounded-full border border-stone-300 px-3 py-1 text-sm hover:border-accent-600 hover:text-accent-600 dark:border-stone-700 dark:hover:border-accent-400 dark:hover:text-accent-400';

export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="share-heading" className="mt-10 print:hidden">
      <h2 id="share-heading" className="text-sm font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400">
        Share this post
      </h2>
      <ul className="mt-3 flex flex-wrap items-center gap-2">
        <li>
          <CopyLinkButton url={url} className={`${chip} cursor-pointer`} />
        </li>
        {shareLinks(url, title).map(({ network, href }) => (
          <li key={network}>
            <a href={href} className={chip} rel="noopener noreferrer" target={network === 'Email' ? undefined : '_blank'}>
              {network}
              {network !== 'Email' && <span className="sr-only"> (opens in a new tab)</span>}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
