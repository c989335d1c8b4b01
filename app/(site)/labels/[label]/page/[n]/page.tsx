import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { parsePageNumber } from '@/lib/pagination';
import { prerendered } from '@/lib/reader/prerender';
import { LabelPage, labelPageMetadata, labelPages } from '../../label-page';

// Complete static output, and a real 404 past the last page (see docs/caching.md).
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  const pages = prerendered((await labelPages()).filter(({ page }) => page > 1)).map(({ label, page }) => ({
    label,
    n: String(page),
  }));
  // At least one entry is required; a page past the end renders the 404 page.
  return pages.length > 0 ? pages : [{ label: 'quotes', n: '2' }];
}

// Page 1 lives at /labels/[label] only, so each page has one address.
const pageNumber = (n: string) => parsePageNumber(n, 2);

export async function generateMetadata({ params }: PageProps<'/labels/[label]/page/[n]'>): Promise<Metadata> {
  const { label, n } = await params;
  const page = pageNumber(n);
  return page === null ? {} : labelPageMetadata(label, page);
}

export default async function LabelLaterPage({ params }: PageProps<'/labels/[label]/page/[n]'>) {
  const { label, n } = await params;
  const page = pageNumber(n);
  if (page === null) notFound();
  return <LabelPage slug={label} page={page} />;
}
