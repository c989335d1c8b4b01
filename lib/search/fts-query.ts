// Turns what a reader typed into an FTS5 MATCH expression that can never be a syntax error.
// Every term is a quoted FTS5 string (so `AND`, `NEAR`, `title:` or `-x` are only words), the
// last one matches as a prefix, and whatever the tokenizer would not index is dropped.

/** Longest query kept, in characters: enough for any real search, bounded work for junk. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

// FTS5 operator words, which a reader typing them meant as operators; terms are ANDed anyway.
const OPERATOR_WORDS = new Set(['AND', 'OR', 'NOT', 'NEAR']);

// Characters with a meaning in FTS5 query syntax, control characters (FTS5 reads a NUL as the
// end of the query, leaving a quote unterminated), and the private-use characters the search
// snippets use as highlight markers (lib/search/highlight.ts).
const SYNTAX_CHARACTERS = /["*^():+{}[\]\p{Cc}\uE000\uE001]/gu;

// The unicode61 tokenizer indexes letters and numbers; a term with neither matches nothing.
const INDEXABLE = /[\p{L}\p{N}]/u;

/** The query as the reader typed it, trimmed and bounded; shown back in the search field. */
export function normalizeSearchInput(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  return value.slice(0, MAX_QUERY_LENGTH).trim();
}

/** The searchable terms of a query, in order, without duplicates. */
export function searchTerms(input: string): string[] {
  const terms = normalizeSearchInput(input)
    .split(/\s+/)
    .filter((word) => !OPERATOR_WORDS.has(word))
    .map((word) => word.replace(SYNTAX_CHARACTERS, ''))
    .filter((word) => INDEXABLE.test(word));
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/**
 * A safe MATCH expression for the query, or null when nothing in it is searchable (an empty
 * query, punctuation only, operator words only): callers show a prompt instead of searching.
 */
export function buildFtsQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  return terms.map((term, i) => `"${term}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
}
