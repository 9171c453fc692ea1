/**
 * Text search, tags and small text checks shared by every subgraph that searches its rows (crm, data
 * APIs): a folded `searchText` column matched word by word with LIKE on every dialect, narrowed first by
 * a FULLTEXT index on MySQL; tags kept in a `tagKey` column.
 */
import type { FilterQuery } from '@mikro-orm/core';
import { badInput } from './errors';
import type { Em } from './orm';

/** Lower case without accents (NFKD minus combining marks): how names are sorted and searched. */
export function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The searchable words of a text: folded, split on anything but letters and digits. */
export function words(value: string | null | undefined): string[] {
  if (!value) return [];
  return fold(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The `searchText` column: distinct words with a leading and trailing space, so that `like '% w%'` is
 * a word-prefix match and a FULLTEXT index tokenises it the same way. `extra` are further tokens taken
 * as they are (already folded: letters and digits only), e.g. a phone number's digits run together.
 */
export function searchText(parts: (string | null | undefined)[], extra: string[] = []): string {
  const all = [...parts.flatMap(words), ...extra.filter((t) => /^[\p{Ll}\p{Lo}\p{N}]+$/u.test(t))];
  const text = ` ${[...new Set(all)].join(' ')} `;
  // The column is TEXT (64 KiB on MySQL); inputs are bounded far below that, but never overflow it.
  return text.length > 60_000 ? text.slice(0, 60_000) : text;
}

/** The `sortKey` column: the display name folded, trimmed and bounded. */
export function sortKey(value: string, max: number): string {
  return fold(value).replace(/\s+/g, ' ').trim().slice(0, max);
}

export const SEARCH_MAX_LENGTH = 100;
export const SEARCH_MAX_WORDS = 10;

/** InnoDB's default FULLTEXT stopwords: a `+word*` term with one of them would match nothing. */
const INNODB_STOPWORDS = new Set(
  'a about an are as at be by com de en for from how i in is it la of on or that the this to was what when where who will with und www'.split(
    ' ',
  ),
);
/** innodb_ft_min_token_size / innodb_ft_max_token_size: other words are not in the index. */
const MIN_INDEXED_WORD = 3;
const MAX_INDEXED_WORD = 84;

/**
 * The condition for "every word of `query` starts a word of the record". On every dialect it is a
 * `like '% word%'` per word on `searchText` (the words are letters and digits only, so no LIKE
 * wildcard can come from the user). On MySQL a FULLTEXT `match … against` in boolean mode, built only
 * from those sanitised words as `+word*`, lets the index narrow the rows first; words the index cannot
 * hold (shorter than 3 or longer than 84 characters, stopwords) are left to the LIKE, so the result is the same set as
 * on SQLite. The filter goes through the ORM, so the tenant filter still applies.
 */
export function searchCondition<T>(em: Em, query: string, field = 'filter.search'): FilterQuery<T> {
  const trimmed = query.trim();
  if (trimmed.length < 1 || trimmed.length > SEARCH_MAX_LENGTH) {
    throw badInput(`search must be 1 to ${SEARCH_MAX_LENGTH} characters.`, field);
  }
  const tokens = [...new Set(words(trimmed))];
  if (!tokens.length) throw badInput('search must contain a letter or a digit.', field);
  if (tokens.length > SEARCH_MAX_WORDS) throw badInput(`search may have at most ${SEARCH_MAX_WORDS} words.`, field);
  const conditions: object[] = tokens.map((t) => ({ searchText: { $like: `% ${t}%` } }));
  if (em.getPlatform().supportsCreatingFullTextIndex()) {
    const indexed = tokens.filter((t) => t.length >= MIN_INDEXED_WORD && t.length <= MAX_INDEXED_WORD && !INNODB_STOPWORDS.has(t));
    if (indexed.length) conditions.unshift({ searchText: { $fulltext: indexed.map((t) => `+${t}*`).join(' ') } });
  }
  return { $and: conditions } as FilterQuery<T>;
}

export const MAX_TAGS = 20;
const TAG = /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u;

/** Normalises one tag (trimmed, lower case, single spaces); null when it is not a valid tag. */
export function cleanTag(tag: string): string | null {
  const t = tag.trim().replace(/\s+/g, ' ').toLowerCase();
  return TAG.test(t) ? t : null;
}

/** The `tagKey` column: `|a|b|`, with `_` written as `~` so a LIKE on it has no wildcard from the data. */
export function tagKey(tags: string[]): string {
  return `|${tags.map((t) => t.replace(/_/g, '~')).join('|')}|`;
}

/** The condition for "has tag `tag`" on a `tagKey` column. */
export function tagCondition<T>(tag: string, field = 'filter.tag'): FilterQuery<T> {
  const clean = cleanTag(tag);
  if (!clean) throw badInput('tag must be 1 to 40 letters, digits, spaces, _ or -.', field);
  return { tagKey: { $like: `%|${clean.replace(/_/g, '~')}|%` } } as FilterQuery<T>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string has the shape of our ids (UUIDs). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** One value of a facet and how many records of a search have it. */
export interface FacetCount {
  value: string;
  count: number;
}

/**
 * The facet counts of a search: `rows` is the search's query (its filters, no ordering or limit
 * needed) and `value` the SQL expression to group by, e.g. `w.language` or `floor(w.year / 10) * 10`
 * (written by the caller from column names, never from input). One statement; the `limit` most
 * frequent values, most frequent first, then by value. Null values are left out.
 */
export async function facetCounts(em: Em, rows: FacetSource, value: string, limit = 20): Promise<FacetCount[]> {
  const knex = em.getKnex();
  const query = rows
    .clone()
    .clearSelect()
    .clearOrder()
    .select(knex.raw(`${value} as hg_value`))
    .count({ hg_n: '*' })
    .whereRaw(`${value} is not null`)
    .groupByRaw(value)
    .orderBy([
      { column: 'hg_n', order: 'desc' },
      { column: 'hg_value', order: 'asc' },
    ])
    .limit(limit);
  const result = await em.execute<Record<string, unknown>[]>(query);
  return result.map((r) => ({ value: String(r.hg_value), count: Number(r.hg_n) }));
}

/** A knex query of the rows to count facets over (`qb.getKnexQuery()` of a MikroORM query builder). */
export type FacetSource = ReturnType<ReturnType<Em['createQueryBuilder']>['getKnexQuery']>;

/**
 * An SQL expression scoring how well a record matches `query`'s words, for ordering by relevance:
 * for every word, the weight of each column (a {@link searchText}-style column of words with spaces
 * around them) whose text has a word starting with it, so a title match can count more than a subject
 * match. Returns the expression and its bindings (the words, bound, never spliced); `columns` are
 * qualified column names the caller writes.
 */
export function relevanceScore(query: string, columns: { column: string; weight: number }[]): { sql: string; bindings: string[] } {
  const tokens = [...new Set(words(query))].slice(0, SEARCH_MAX_WORDS);
  if (!tokens.length || !columns.length) return { sql: '0', bindings: [] };
  const parts: string[] = [];
  const bindings: string[] = [];
  for (const token of tokens) {
    for (const { column, weight } of columns) {
      if (!Number.isFinite(weight)) throw new Error('relevanceScore: weights must be numbers');
      parts.push(`(case when ${column} like ? then ${weight} else 0 end)`);
      bindings.push(`% ${token}%`);
    }
  }
  return { sql: `(${parts.join(' + ')})`, bindings };
}
