import { sql, type RawBuilder } from 'kysely';
import {
  MULTIPLE_NATIONALITIES,
  type CrossTabDimension,
  type TransferCount,
  type TransferCountQuery,
  type TransferFilters,
} from '../core/figures/crossTab.js';
import type { AnyDb } from './entityQueries.js';
import { MONTH_BUCKET } from './stats.js';

/**
 * Cross-tabs of transfers, grouped in SQL by one or two keys. Only the dimension names of the core's whitelist map
 * to expressions here; every value of a request (statuses, filters, the outcomes kept apart) is a bound parameter.
 *
 * `transfers` is the only table in the FROM clause with `date_lo`/`date_hi`, so MONTH_BUCKET's bare columns are
 * the transfer's. The joined tables are derived, one row per transfer and key at most:
 * - `person_nationality`: one row per person, their records' `|A|B|` nationality lists folded into one key — the
 *   country when every record that gives one gives the same single one, `multiple` when they give more, and no
 *   row (a null key) when none gives any;
 * - `finding_severity`: one row per transfer and severity of a finding resting on authority in force.
 */

/** The key each dimension groups by. */
const KEY: Record<CrossTabDimension, RawBuilder<unknown>> = {
  agreement: sql`t.agreement_id`,
  destination: sql`t.to_country`,
  month: MONTH_BUCKET,
  basis: sql`t.legal_basis`,
  status: sql`t.status`,
  nationality: sql`person_nationality.nationality`,
  severity: sql`finding_severity.severity`,
};

const PERSON_NATIONALITY = sql`left join (
    select person_id,
      case
        when count(distinct nationalities) = 0 then null
        when count(distinct nationalities) = 1 and max(nationalities) not like '%|%|%|'
          then substr(max(nationalities), 2, length(max(nationalities)) - 2)
        else ${MULTIPLE_NATIONALITIES}
      end as nationality
    from person_records
    where retracted_at is null and person_id is not null
    group by person_id
  ) person_nationality on person_nationality.person_id = t.person_id`;

function findingSeverity(apart: readonly string[]) {
  // `#none#` names no outcome: `not in ()` is not SQL.
  const names = apart.length > 0 ? apart : ['#none#'];
  return sql`left join (
    select distinct transfer_id, severity
    from findings
    where coalesce(rule_id || '#' || outcome, '') not in (${sql.join(names)})
  ) finding_severity on finding_severity.transfer_id = t.id`;
}

function conditions(statuses: readonly string[], filters: TransferFilters): RawBuilder<unknown> {
  const where = [sql`t.retracted_at is null`, sql`t.status in (${sql.join(statuses)})`];
  const anyOf = (column: RawBuilder<unknown>, values: readonly string[] | undefined) => {
    if (values?.length) where.push(sql`${column} in (${sql.join(values)})`);
  };
  anyOf(sql`t.agreement_id`, filters.agreements);
  anyOf(sql`t.to_country`, filters.destinations);
  anyOf(sql`t.legal_basis`, filters.bases);
  // Within the range, as list filters read it: the whole partial date falls inside. '~' sorts after an instant's
  // time, so a departure on the last day is still inside.
  if (filters.fromDay !== undefined) where.push(sql`t.date_lo >= ${filters.fromDay}`);
  if (filters.toDay !== undefined) where.push(sql`t.date_hi <= ${`${filters.toDay}~`}`);
  if (filters.nationalities?.length) {
    // Countries are validated alpha-3 codes, so the pattern holds no wildcard but its own.
    const tokens = filters.nationalities.map((code) => sql`r.nationalities like ${`%|${code}|%`}`);
    where.push(sql`exists (
      select 1 from person_records r
      where r.person_id = t.person_id and r.retracted_at is null and (${sql.join(tokens, sql` or `)})
    )`);
  }
  return sql.join(where, sql` and `);
}

/** The statement that counts transfers by the query's dimensions (exported for review and tests). */
export function transferCountSql(query: TransferCountQuery): RawBuilder<{
  key0: string | null;
  key1?: string | null;
  value: number | string;
}> {
  const keys = query.by.map((dimension, index) => sql`${KEY[dimension]} as ${sql.ref(`key${index}`)}`);
  const joins = [
    query.by.includes('nationality') ? PERSON_NATIONALITY : sql``,
    query.by.includes('severity') ? findingSeverity(query.apart) : sql``,
  ];
  const groups = query.by.map((_, index) => sql.raw(String(index + 1)));
  return sql`
    select ${sql.join(keys)}, count(*) as value
    from transfers t
    ${sql.join(joins, sql` `)}
    where ${conditions(query.statuses, query.filters)}
    group by ${sql.join(groups)}`;
}

/** Transfers counted by one or two dimensions (see {@link transferCountSql}). */
export async function countTransfersBy(db: AnyDb, query: TransferCountQuery): Promise<TransferCount[]> {
  const result = await transferCountSql(query).execute(db);
  return result.rows.map((row) => ({
    keys: query.by.length === 2 ? [row.key0, row.key1 ?? null] : [row.key0],
    value: Number(row.value),
  }));
}
