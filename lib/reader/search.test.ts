import { beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabase } from '@/lib/testing/test-database';

// A real, migrated SQLite file with the welcome posts; Next's cache functions are outside a
// Next server here, so the generation token's 'use cache' is played by a switchable value.
testDatabase('search', { seed: true });

let generation = 'first';
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }));
vi.mock('node:crypto', async (original) => ({
  ...(await original<typeof import('node:crypto')>()),
  randomUUID: () => generation,
}));

let searchPosts: typeof import('./search').searchPosts;

beforeAll(async () => {
  ({ searchPosts } = await import('./search'));
});

describe('searchPosts', () => {
  it('answers a repeated search from memory until a post changes', async () => {
    const first = await searchPosts('quote', 1);
    expect(first.total).toBeGreaterThan(0);
    expect(await searchPosts('  quote ', 1)).toBe(first);
    generation = 'after a write';
    expect(await searchPosts('quote', 1)).not.toBe(first);
  });

  it('keeps at most 1,000 result pages, however many distinct searches arrive', async () => {
    const oldest = await searchPosts('inkwell', 1);
    for (let i = 0; i < 1000; i++) await searchPosts(`zq${i.toString(36)}`, 1);
    expect(await searchPosts('inkwell', 1)).not.toBe(oldest);
  });
});
