import { unsubscribeByToken } from '@/lib/mail/link-actions';

/**
 * RFC 8058 one-click unsubscribe: the URL of every notification's List-Unsubscribe header, which
 * mail providers POST to ("List-Unsubscribe=One-Click") from their own servers — so no session, no
 * form token and no same-origin check. The signed token in the URL is the check, and all it can
 * ever do is turn mail off.
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get('token');
  if (!token || !(await unsubscribeByToken(token))) return new Response('Not a valid unsubscribe link.\n', { status: 404 });
  return new Response('Unsubscribed.\n', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
