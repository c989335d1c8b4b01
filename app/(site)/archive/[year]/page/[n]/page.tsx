import type { Metadata } from 'next';
import { prerendered } from '@/lib/reader/prerender';
import { archivePages, PeriodPage, periodPageMetadata } from '../../../period-page';

// Complete static output, and a real 404 past the last page (see docs/caching.md).
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  const pages = prerendered((await archivePages()).years.filter(({ page }) => page > 1)).map(({ year, page }) => ({
    year,
    n: String(page),
  }));
  // At least one entry is required; a page past the end renders the 404 page.
  return pages.length > 0 ? pages : [{ year: '2000', n: '2' }];
}

export async function generateMetadata({ params }: PageProps<'/archive/[year]/page/[n]'>): Promise<Metadata> {
  const { year, n } = await params;
  return periodPageMetadata(year, null, n);
}

export default async function ArchiveYearLaterPage({ params }: PageProps<'/archive/[year]/page/[n]'>) {
  const { year, n } = await params;
  return <PeriodPage year={year} month={null} n={n} />;
}
