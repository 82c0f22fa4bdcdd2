import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * The baseline of the person-search benchmark: how the same registry is searched without Custodia, with a
 * plain query over the stored JSON. Each word of the query, folded to lower case without accents, must occur
 * in the record's folded name (givenNames, familyNames and fullName); the first ten records found are the
 * answer. It gets the query's words only: a misspelt word finds nothing, and a birth date, nationality or
 * identifier the searcher knows is not used.
 *
 * - SQLite: `LIKE '%word%'` per word over the folded name, no index (a leading `%` cannot use one), LIMIT 10.
 * - PostgreSQL: the same per-word test (`ILIKE`) answered from a pg_trgm GIN index on the folded name, the
 *   rows ordered by `similarity()` to the query; without pg_trgm, the same ILIKE over the whole table.
 */
export interface SearchBaseline {
  /** What the baseline is, for the report. */
  readonly description: string;
  /** After the load, before measuring (PostgreSQL builds its index): what was done and how long it took. */
  prepare(): Promise<string>;
  /** The person ids of the (at most ten) records found. */
  search(words: readonly string[]): Promise<string[]>;
  close(): Promise<void>;
}

export const BASELINE_LIMIT = 10;

/** The accented letters of Spanish names and what they fold to: the folding a plain query can do in SQL. */
const ACCENTED = 'ÁÉÍÓÚÜÑáéíóúüñ';
const UNACCENTED = 'AEIOUUNaeiouun';

/** The words a plain search looks for: the query folded to lower case without accents, 2+ letters each. */
export function baselineWords(query: string): string[] {
  const folded = query.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2))];
}

const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(1);

/**
 * SQLite: one json_extract of the three name fields (a JSON array as text), the accented letters replaced;
 * SQLite's LIKE already ignores the case of ASCII letters, and its lower() knows no other letters.
 */
function sqliteFoldedName(): string {
  let expression = `json_extract(data, '$.givenNames', '$.familyNames', '$.fullName')`;
  for (let letter = 0; letter < ACCENTED.length; letter += 1) {
    expression = `replace(${expression}, '${ACCENTED[letter]}', '${UNACCENTED[letter]}')`;
  }
  return expression;
}

/** A second, read-only connection to the benchmark's SQLite file, with the application's cache settings. */
export function sqliteBaseline(file: string): SearchBaseline {
  const database = new Database(file, { readonly: true });
  database.pragma('cache_size = -65536');
  database.pragma('mmap_size = 1073741824');
  const name = sqliteFoldedName();
  const statements = new Map<number, Database.Statement<string[], { person_id: string }>>();
  const statement = (words: number) => {
    let prepared = statements.get(words);
    if (!prepared) {
      const conditions = Array.from({ length: words }, () => `${name} like ?`).join(' and ');
      prepared = database.prepare<string[], { person_id: string }>(
        `select person_id from person_records where retracted_at is null and ${conditions} limit ${BASELINE_LIMIT}`,
      );
      statements.set(words, prepared);
    }
    return prepared;
  };
  return {
    description:
      "LIKE '%word%' per word over the folded name fields (json_extract), no index, LIMIT 10 in table order",
    prepare: async () => 'no index to build',
    search: async (words) =>
      words.length === 0
        ? []
        : statement(words.length)
            .all(...words.map((word) => `%${word}%`))
            .map((row) => row.person_id),
    close: async () => {
      database.close();
    },
  };
}

/**
 * PostgreSQL: an immutable expression (so that it can be indexed) of the three name fields. `::json` rather
 * than `::jsonb`: it reads the text for three keys instead of building the whole document, about half the
 * cost on the rows an index scan rechecks.
 */
const POSTGRES_FOLDED_NAME =
  `lower(translate(coalesce(data::json->>'givenNames', '') || ' ' || coalesce(data::json->>'familyNames', '')` +
  ` || ' ' || coalesce(data::json->>'fullName', ''), '${ACCENTED}', '${UNACCENTED}'))`;

/** A connection of its own to the benchmark's database; the trigram index when pg_trgm is available. */
export async function postgresBaseline(url: string): Promise<SearchBaseline> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let trigrams = true;
  try {
    await client.query('create extension if not exists pg_trgm');
  } catch (error) {
    trigrams = false;
    process.stderr.write(`  pg_trgm is not available (${(error as Error).message}): falling back to ILIKE\n`);
  }
  const name = POSTGRES_FOLDED_NAME;
  const search = async (words: readonly string[]) => {
    if (words.length === 0) return [];
    const conditions = words.map((_, index) => `${name} ilike $${index + 1}`).join(' and ');
    const order = trigrams ? `order by similarity(${name}, $${words.length + 1}) desc ` : '';
    const values = words.map((word) => `%${word}%`);
    if (trigrams) values.push(words.join(' '));
    // Unnamed statements: planned for each query's own words, as a named one would not be after five runs.
    const result = await client.query<{ person_id: string }>(
      `select person_id from person_records where retracted_at is null and ${conditions} ${order}limit ${BASELINE_LIMIT}`,
      values,
    );
    return result.rows.map((row) => row.person_id);
  };
  return {
    description: trigrams
      ? 'pg_trgm: ILIKE per word over the folded name fields, answered from a GIN gin_trgm_ops index on that ' +
        'expression, ORDER BY similarity() DESC LIMIT 10'
      : 'pg_trgm NOT AVAILABLE in this PostgreSQL: ILIKE per word over the folded name fields, no index, LIMIT 10',
    prepare: async () => {
      if (!trigrams) return 'pg_trgm not available: no trigram index, ILIKE over the whole table';
      const started = performance.now();
      await client.query(
        `create index person_records_name_trgm on person_records using gin ((${name}) gin_trgm_ops)`,
      );
      const built = seconds(started);
      const analyzed = performance.now();
      await client.query('analyze person_records');
      const size = await client.query<{ size: string }>(
        `select pg_size_pretty(pg_relation_size('person_records_name_trgm')) as size`,
      );
      return (
        `trigram GIN index built in ${built} s (${size.rows[0]?.size ?? '?'}), ` +
        `analyze person_records ${seconds(analyzed)} s`
      );
    },
    search,
    close: () => client.end(),
  };
}
