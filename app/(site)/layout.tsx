import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { getHeaderPageLinks } from '@/lib/reader/pages';
import { getSiteSettings } from '@/lib/settings/site-settings';

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [settings, pages] = await Promise.all([getSiteSettings(), getHeaderPageLinks()]);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-stone-900"
      >
        Skip to content
      </a>
      <SiteHeader title={settings.title} description={settings.description} pages={pages} />
      <main id="main" className="mx-auto max-w-3xl px-5 py-10">
        {children}
      </main>
      <SiteFooter title={settings.title} />
    </>
  );
}
