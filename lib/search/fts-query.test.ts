import { createClient, type Client } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFtsQuery, MAX_QUERY_LENGTH, normalizeSearchInput, searchTerms } from './fts-query';

describe('buildFtsQuery', () => {
  it('quotes every term and matches the last one as a prefix', () => {
    expect(buildFtsQuery('quoted passage')).toBe('"quoted" "passage"*');
    expect(buildFtsQuery('  quot  ')).toBe('"quot"*');
  });

  it('drops FTS5 syntax characters and operator words', () => {
    expect(buildFtsQuery('"unbalanced quote')).toBe('"unbalanced" "quote"*');
    expect(buildFtsQuery('title:art* AND (quote OR ^passage) NOT x NEAR y')).toBe('"titleart" "quote" "passage" "x" "y"*');
    expect(buildFtsQuery('{a b}: +c')).toBe('"a" "b" "c"*');
  });

  it('keeps lower-case "and" and "or" as words, and punctuation inside a word', () => {
    expect(buildFtsQuery('and or')).toBe('"and" "or"*');
    expect(buildFtsQuery("don't well-known")).toBe('"don\'t" "well-known"*');
  });

  it('gives null for queries with nothing searchable', () => {
    for (const junk of [
      '',
      '   ',
      '"',
      '""',
      '*',
      '"*"',
      'AND',
      'AND OR NOT',
      '...',
      '- -- ---',
      '()',
      '\uE000',
      '\u0000',
      '🙂',
    ]) {
      expect(buildFtsQuery(junk), JSON.stringify(junk)).toBeNull();
    }
  });

  it('keeps words in any script', () => {
    expect(buildFtsQuery('café Zürich 東京 2024')).toBe('"café" "Zürich" "東京" "2024"*');
  });

  it('bounds very long queries', () => {
    const long = 'word '.repeat(200) + 'x'.repeat(1000);
    expect(normalizeSearchInput(long).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(buildFtsQuery(long)).toBe('"word"*');
    expect(searchTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12);
  });

  it('takes the first value when a query parameter is repeated', () => {
    expect(normalizeSearchInput(['first', 'second'])).toBe('first');
    expect(normalizeSearchInput(undefined)).toBe('');
  });
});

// The real test of safety: whatever a reader types, SQLite's FTS5 accepts the expression.
describe('buildFtsQuery against SQLite FTS5', () => {
  let db: Client;

  beforeAll(async () => {
    db = createClient({ url: ':memory:' });
    await db.batch([
      'create table docs(id integer primary key, title text, body text)',
      "create virtual table docs_fts using fts5(title, body, content='docs', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
      "insert into docs values (1, 'The art of the quoted passage', 'A short quotation is a seasoning.')",
      "insert into docs values (2, 'A reading list', 'Books are the best of things, well used. Don''t hide behind them.')",
      'insert into docs_fts(rowid, title, body) select id, title, body from docs',
    ]);
  });
  afterAll(() => db.close());

  const search = async (input: string) => {
    const match = buildFtsQuery(input);
    if (match === null) return null;
    const { rows } = await db.execute({ sql: 'select rowid from docs_fts where docs_fts match ? order by rowid', args: [match] });
    return rows.map((r) => Number(r.rowid));
  };

  it('finds words, stems and prefixes', async () => {
    expect(await search('seasoning')).toEqual([1]);
    expect(await search('quote')).toEqual([1]); // porter: quote, quoted, quotation share a stem
    expect(await search('rea')).toEqual([2]);
    expect(await search('books well')).toEqual([2]);
    expect(await search("don't")).toEqual([2]);
  });

  it('never raises a syntax error', async () => {
    const hostile = [
      '"',
      '""',
      '"a',
      'a"',
      '*',
      '**a',
      'a*b',
      'AND',
      'a AND',
      'OR b',
      'NOT',
      'a NOT',
      'NEAR(a b)',
      'NEAR/3',
      '^a',
      'title:a',
      'body : a',
      '{title body}: a',
      '(a',
      'a)',
      '-a',
      'a -b',
      '+a',
      "'",
      "a'b",
      '\\',
      '\u0000a',
      '<script>alert(1)</script>',
      '\uD800a',
      'a\u2028b',
      '%',
      '_',
      ';drop table docs;--',
      'a'.repeat(1000),
      '" OR "" = "',
      'x:y:z',
    ];
    const failures: string[] = [];
    for (const input of hostile) {
      await search(input).catch((error: Error) => failures.push(`${JSON.stringify(input)}: ${error.message}`));
    }
    expect(failures).toEqual([]);
  });
});
