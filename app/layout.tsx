import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { feedAlternateTypes } from '@/lib/feeds/formats';
import { getSiteSettings } from '@/lib/reader/data';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { title, description } = await getSiteSettings();
  return {
    title: { default: title, template: `%s · ${title}` },
    description,
    // <link rel="alternate"> to the blog's feeds on every page, for browsers and feed readers.
    alternates: { types: feedAlternateTypes(title) },
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
