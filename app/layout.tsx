import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ThemeScript } from '@/components/site/ThemeScript';
import { getSiteSettings } from '@/lib/reader/data';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { title, description } = await getSiteSettings();
  return { title: { default: title, template: `%s · ${title}` }, description };
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
