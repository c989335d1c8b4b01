import type { Metadata } from 'next';
import { prerendered } from '@/lib/reader/prerender';
import { archivePages, PeriodPage, periodPageMetadata } from '../../period-page';

// Complete static output, and a real 404 for a month without posts (see docs/caching.md).
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  const months = prerendered((await archivePages()).months.filter(({ page }) => page === 1)).map(({ year, month }) => ({
    year,
    month,
  }));
  // At least one entry is required; a month without posts renders the 404 page.
  return months.length > 0 ? months : [{ year: '2000', month: '01' }];
}

export async function generateMetadata({ params }: PageProps<'/archive/[year]/[month]'>): Promise<Metadata> {
  const { year, month } = await params;
  return periodPageMetadata(year, month, null);
}

export default async function ArchiveMonthPage({ params }: PageProps<'/archive/[year]/[month]'>) {
  const { year, month } = await params;
  return <PeriodPage year={year} month={month} n={null} />;
}
