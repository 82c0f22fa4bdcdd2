import { sql } from 'kysely';
import type { Stats, StatsRow } from '../core/ports/store.js';
import type { AnyDb } from './entityQueries.js';

/**
 * The month a dated row falls in, without inventing one: a row dated within one month gives `YYYY-MM`, a row dated
 * only by year gives `YYYY`, a range across months gives `YYYY-MM/YYYY-MM`.
 */
const MONTH_BUCKET = sql`case
    when date_lo is null then null
    when substr(date_lo, 1, 7) = substr(date_hi, 1, 7) then substr(date_lo, 1, 7)
    when substr(date_lo, 1, 4) = substr(date_hi, 1, 4) and substr(date_lo, 6, 5) = '01-01' and substr(date_hi, 6, 5) = '12-31'
      then substr(date_lo, 1, 4)
    else substr(date_lo, 1, 7) || '/' || substr(date_hi, 1, 7)
  end`;

async function groupBy(
  db: AnyDb,
  table: string,
  key: ReturnType<typeof sql>,
  measure: ReturnType<typeof sql>,
) {
  const result = await sql<{ key: string | null; value: string | number }>`
    select ${key} as key, ${measure} as value
    from ${sql.table(table)}
    where retracted_at is null
    group by 1
    order by 1`.execute(db);
  return result.rows.map((row): StatsRow => ({ key: row.key, value: Number(row.value) }));
}

/** Individual transfers and reported counts, grouped the same ways but never added together. */
export async function computeStats(db: AnyDb): Promise<Stats> {
  const transfers = sql`count(*)`;
  const persons = sql`coalesce(sum(${sql.ref('count')}), 0)`;
  const [transferTotal] = (
    await sql<{
      total: string | number;
    }>`select count(*) as total from transfers where retracted_at is null`.execute(db)
  ).rows;
  const [countTotals] = (
    await sql<{ records: string | number; persons: string | number }>`
      select count(*) as records, coalesce(sum(${sql.ref('count')}), 0) as persons
      from reported_counts where retracted_at is null`.execute(db)
  ).rows;
  return {
    transfers: {
      total: Number(transferTotal?.total ?? 0),
      byAgreement: await groupBy(db, 'transfers', sql.ref('agreement_id'), transfers),
      byDestination: await groupBy(db, 'transfers', sql.ref('to_country'), transfers),
      byMonth: await groupBy(db, 'transfers', MONTH_BUCKET, transfers),
      byBasis: await groupBy(db, 'transfers', sql.ref('legal_basis'), transfers),
    },
    reportedCounts: {
      records: Number(countTotals?.records ?? 0),
      personsReported: Number(countTotals?.persons ?? 0),
      byAgreement: await groupBy(db, 'reported_counts', sql.ref('agreement_id'), persons),
      byDestination: await groupBy(db, 'reported_counts', sql.ref('to_country'), persons),
      byMonth: await groupBy(db, 'reported_counts', MONTH_BUCKET, persons),
      byBasis: await groupBy(db, 'reported_counts', sql.ref('basis'), persons),
    },
  };
}
