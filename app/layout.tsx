import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getSiteSettings } from '@/lib/reader/data';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { title, description } = await getSiteSettings();
  return { title: { default: title, template: `%s · ${title}` }, description };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
