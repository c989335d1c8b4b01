'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';

/**
 * The comment form's signed "form opened at" time (lib/comments/form-token.ts). Post pages are
 * cached, so the form fetches it when the reader starts writing, and a fresh one after each
 * result from the server (`result`), so every comment's minimum time counts from its own start.
 */
export function useFormToken(result: unknown) {
  const [token, setToken] = useState('');
  const request = useRef<Promise<string> | null>(null);

  function fetchToken(): Promise<string> {
    if (token) return Promise.resolve(token);
    request.current ??= fetch('/api/comments/token', { cache: 'no-store' })
      .then(async (response) => ((await response.json()) as { token: string }).token)
      // Without a token the comment is still accepted, and held for moderation.
      .catch(() => '')
      .then((fetched) => {
        setToken(fetched);
        return fetched;
      });
    return request.current;
  }

  // A new result: forget the used token (state adjusted during render, as React's docs advise).
  const [seenResult, setSeenResult] = useState(result);
  if (result !== seenResult) {
    setSeenResult(result);
    setToken('');
  }
  useEffect(() => {
    request.current = null;
  }, [result]);

  // A very quick submit can beat the token request: hold it, then submit again with the token.
  const resubmitting = useRef(false);
  async function holdSubmitForToken(event: FormEvent<HTMLFormElement>) {
    if (resubmitting.current) {
      resubmitting.current = false;
      return;
    }
    if (token || !request.current) return;
    event.preventDefault();
    const form = event.currentTarget;
    const fetched = await request.current;
    flushSync(() => setToken(fetched));
    resubmitting.current = true;
    form.requestSubmit();
  }

  return { token, fetchToken, holdSubmitForToken };
}
