import { describe, expect, it } from 'vitest';
import { retryDelay, statusText } from './autosave-state';
import { clearLocalCopy, localCopyDecision, readLocalCopy, writeLocalCopy, type LocalCopy } from './local-copy';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('autosave status', () => {
  it('says what the author needs to know', () => {
    expect(statusText({ kind: 'saved', at: null })).toBe('Saved');
    expect(statusText({ kind: 'saving' })).toBe('Saving…');
    expect(statusText({ kind: 'retrying', attempt: 2 })).toBe('Not saved — retrying');
    expect(statusText({ kind: 'signedOut' })).toMatch(/Sign in again in another tab/);
  });

  it('backs off between retries, up to 30 seconds', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(retryDelay)).toEqual([2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});

describe('the browser copy', () => {
  const copy: LocalCopy = { title: 'T', contentHtml: '<p>local</p>', baseVersion: 3, savedAt: 1 };

  it('is stored per post, read back, and removed', () => {
    const storage = memoryStorage();
    writeLocalCopy(storage, 7, copy);
    expect(readLocalCopy(storage, 7)).toEqual(copy);
    expect(readLocalCopy(storage, 8)).toBeNull();
    clearLocalCopy(storage, 7);
    expect(readLocalCopy(storage, 7)).toBeNull();
  });

  it('ignores anything that is not a copy', () => {
    const storage = memoryStorage();
    storage.setItem('inkwell:post-draft:7', '{"title": 1}');
    expect(readLocalCopy(storage, 7)).toBeNull();
    storage.setItem('inkwell:post-draft:7', 'not json');
    expect(readLocalCopy(storage, 7)).toBeNull();
  });

  it('is restored when the server never got it, offered when the post changed since, ignored when equal', () => {
    expect(localCopyDecision(copy, { title: 'T', contentHtml: '<p>server</p>', version: 3 })).toBe('restore');
    expect(localCopyDecision(copy, { title: 'T', contentHtml: '<p>server</p>', version: 4 })).toBe('offer');
    expect(localCopyDecision(copy, { title: 'T', contentHtml: '<p>local</p>', version: 9 })).toBe('none');
    expect(localCopyDecision(null, { title: 'T', contentHtml: '', version: 1 })).toBe('none');
  });
});
