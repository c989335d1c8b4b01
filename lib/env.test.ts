import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('the database settings', () => {
  it('takes an embedded replica: a local file synced with a libSQL primary', () => {
    const env = parseEnv({ DATABASE_URL: 'file:data/replica.db', DATABASE_SYNC_URL: 'libsql://blog.example.turso.io' });
    expect(env).toMatchObject({ DATABASE_URL: 'file:data/replica.db', DATABASE_SYNC_URL: 'libsql://blog.example.turso.io' });
  });

  it('refuses a replica whose local copy is not a file, saying so', () => {
    expect(() => parseEnv({ DATABASE_URL: 'libsql://a.example', DATABASE_SYNC_URL: 'libsql://b.example' })).toThrow(
      /DATABASE_URL: must be a local file \(file:…\) when DATABASE_SYNC_URL is set/,
    );
  });

  it('refuses a sync URL that is not libSQL', () => {
    expect(() => parseEnv({ DATABASE_SYNC_URL: 'ftp://b.example' })).toThrow(/DATABASE_SYNC_URL: must be a libsql:\/\//);
  });
});
