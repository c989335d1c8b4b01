import { serializeJsonLd } from '@/lib/seo/json-ld';

/** Structured data for search engines; serializeJsonLd escapes `<` so content cannot end the script. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
