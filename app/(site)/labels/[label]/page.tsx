import type { Metadata } from 'next';
import { prerendered } from '@/lib/reader/prerender';
import { LabelPage, labelPageMetadata, labelPages } from './label-page';

// Complete static output, and a real 404 for an unknown label (see docs/caching.md).
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  const labels = prerendered((await labelPages()).filter(({ page }) => page === 1)).map(({ label }) => ({ label }));
  // At least one entry is required; an unknown label renders the 404 page.
  return labels.length > 0 ? labels : [{ label: 'quotes' }];
}

export async function generateMetadata({ params }: PageProps<'/labels/[label]'>): Promise<Metadata> {
  return labelPageMetadata((await params).label, 1);
}

export default async function LabelFirstPage({ params }: PageProps<'/labels/[label]'>) {
  return <LabelPage slug={(await params).label} page={1} />;
}
