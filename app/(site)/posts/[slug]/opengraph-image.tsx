import { ImageResponse } from 'next/og';
import { getPost } from '@/lib/reader/data';
import { getSiteSettings } from '@/lib/settings/site-settings';

export const alt = 'The post’s title and the blog’s name';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

/** The picture shown when a post is shared: its title on the blog's colours, with the blog's name. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const [post, settings] = await Promise.all([getPost((await params).slug), getSiteSettings()]);
  const title = post?.title ?? settings.title;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 80,
        background: '#fafaf9',
        borderLeft: '24px solid #b4532a',
        color: '#1c1917',
      }}
    >
      <div style={{ fontSize: title.length > 60 ? 56 : 72, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      <div style={{ fontSize: 32, color: '#57534e' }}>{settings.title}</div>
    </div>,
    size,
  );
}
