import type { Metadata } from 'next';
import { prerendered } from '@/lib/reader/prerender';
import { archivePages, PeriodPage, periodPageMetadata } from '../period-page';

// Complete static output, and a real 404 for a year without posts (see docs/caching.md).
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  const years = prerendered((await archivePages()).years.filter(({ page }) => page === 1)).map(({ year }) => ({ year }));
  // At least one entry is required; a year without posts renders the 404 page.
  return years.length > 0 ? years : [{ year: '2000' }];
}

export async function generateMetadata({ params }: PageProps<'/archive/[year]'>): Promise<Metadata> {
  return periodPageMetadata((await params).year, null, null);
}

export default async function ArchiveYearPage({ params }: PageProps<'/archive/[year]'>) {
  return <PeriodPage year={(await params).year} month={null} n={null} />;
}
