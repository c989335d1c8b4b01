import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskEmail } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, logger: createLogger(stream, 'info') };
}

describe('logger', () => {
  it('keeps a typed value with a newline inside one line, as a field', () => {
    const { lines, logger } = capture();
    const typed = 'ada@example.com\n{"level":50,"msg":"admin signed in"}';
    logger.warn({ account: maskEmail(typed) }, 'sign-in refused');
    logger.warn({ slug: typed }, 'unknown post');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.parse(line).msg).toMatch(/refused|unknown/);
    expect(JSON.parse(lines[1]).slug).toBe(typed);
  });

  it('never writes a password or a token', () => {
    const { lines, logger } = capture();
    logger.info({ password: 'hunter2-hunter2', user: { token: 'abc' } }, 'event');
    expect(lines[0]).not.toContain('hunter2');
    expect(lines[0]).not.toContain('abc');
  });

  it('masks emails', () => {
    expect(maskEmail('ada@example.com')).toBe('a***@example.com');
    expect(maskEmail('ada@exa\nmple.com')).toBe('a***@exa?mple.com');
    expect(maskEmail('nonsense')).toBe('***');
  });

  it("keeps a failed query's statement but never its values (an email, a typed comment)", () => {
    const { lines, logger } = capture();
    const cause = Object.assign(new Error('SQLITE_READONLY: attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
    const failed = Object.assign(
      new Error(
        'Failed query: insert into "comments" ("author_email", "body_source") values (?, ?)\nparams: reader@example.com,Line one\nline two',
        {
          cause,
        },
      ),
      {
        query: 'insert into "comments" ("author_email", "body_source") values (?, ?)',
        params: ['reader@example.com', 'Line one\nline two'],
      },
    );
    logger.error({ event: 'storage.write_failed', err: failed }, 'a write failed');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('reader@example.com');
    expect(lines[0]).not.toContain('line two');
    const { err } = JSON.parse(lines[0]) as { err: { message: string; query: string } };
    expect(err.query).toContain('insert into "comments"');
    expect(err.message).toContain('params: [not logged]');
  });
});
