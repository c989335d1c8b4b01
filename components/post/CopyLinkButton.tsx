'use client';

import { useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';

/** Copies a URL to the clipboard and says so; the status is announced to screen readers. */
export function CopyLinkButton({ url, label = 'Copy link', className }: { url: string; label?: string; className?: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const hydrated = useHydrated();

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    setTimeout(() => setStatus('idle'), 2500);
  }

  return (
    <>
      <button type="button" onClick={copy} disabled={!hydrated} className={className}>
        {label}
      </button>
      <span role="status" className="ml-2 text-xs text-stone-600 dark:text-stone-400">
        {status === 'copied' ? 'Link copied' : status === 'failed' ? 'Could not copy; use the address bar' : ''}
      </span>
    </>
  );
}
