import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ThemeScript } from '@/components/site/ThemeScript';
import { feedAlternateTypes } from '@/lib/feeds/formats';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { siteUrl } from '@/lib/site-url';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings();
  const { title, description } = settings;
  return {
    // Relative URLs in metadata (Open Graph images, canonical links) resolve against the public origin.
    metadataBase: new URL(`${siteUrl(settings)}/`),
    title: { default: title, template: `%s · ${title}` },
    description,
    // <link rel="alternate"> to the blog's feeds on every page, for browsers and feed readers.
    // Pages that set a canonical link repeat these (Next merges `alternates` as a whole): see lib/seo/alternates.ts.
    alternates: { types: feedAlternateTypes(title) },
    openGraph: { type: 'website', siteName: title, title, description },
    twitter: { card: 'summary', title, description },
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme before hydration; React must not undo it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
