import { sql, type RawBuilder } from 'kysely';
import type { FindingFigures, FindingFiguresQuery, Stats, StatsRow } from '../core/ports/store.js';
import type { AnyDb } from './entityQueries.js';

/**
 * The month a dated row falls in, without inventing one: a row dated within one month gives `YYYY-MM`, a row dated
 * only by year gives `YYYY`, a range across months gives `YYYY-MM/YYYY-MM`.
 */
export const MONTH_BUCKET = sql`case
    when date_lo is null then null
    when substr(date_lo, 1, 7) = substr(date_hi, 1, 7) then substr(date_lo, 1, 7)
    when substr(date_lo, 1, 4) = substr(date_hi, 1, 4) and substr(date_lo, 6, 5) = '01-01' and substr(date_hi, 6, 5) = '12-31'
      then substr(date_lo, 1, 4)
    else substr(date_lo, 1, 7) || '/' || substr(date_hi, 1, 7)
  end`;

type Rows = Array<{ key: string | null; value: string | number }>;

const asRows = (rows: Rows): StatsRow[] => rows.map((row) => ({ key: row.key, value: Number(row.value) }));

/** Transfers of the given statuses (not retracted), grouped by one expression. */
async function transfersBy(db: AnyDb, key: RawBuilder<unknown>, statuses: readonly string[]) {
  const result = await sql<{ key: string | null; value: string | number }>`
    select ${key} as key, count(*) as value
    from transfers
    where retracted_at is null and status in (${sql.join(statuses)})
    group by 1
    order by 1`.execute(db);
  return asRows(result.rows);
}

/**
 * Individual transfers of the given statuses (completed by default, as the caller says), with every transfer by
 * status, so an answer can say how many of other statuses it left out. Reported counts are not summed here: counts
 * that overlap must not be added (src/core/figures/reportedFigures.ts).
 */
export async function computeStats(db: AnyDb, statuses: readonly string[]): Promise<Stats> {
  const byStatus = asRows(
    (
      await sql<{ key: string | null; value: string | number }>`
        select status as key, count(*) as value from transfers where retracted_at is null group by 1 order by 1`.execute(
        db,
      )
    ).rows,
  );
  const counted = new Set(statuses);
  const total = byStatus.filter((row) => counted.has(row.key ?? '')).reduce((sum, row) => sum + row.value, 0);
  return {
    transfers: {
      statuses: [...statuses],
      total,
      leftOut: byStatus.reduce((sum, row) => sum + row.value, 0) - total,
      byStatus,
      byAgreement: await transfersBy(db, sql.ref('agreement_id'), statuses),
      byDestination: await transfersBy(db, sql.ref('to_country'), statuses),
      byMonth: await transfersBy(db, MONTH_BUCKET, statuses),
      byBasis: await transfersBy(db, sql.ref('legal_basis'), statuses),
    },
  };
}

/**
 * Findings of transfers of the given statuses: counted by finding (by severity and rule) and by transfer (how many
 * transfers have at least one violation, by rule and by agreement), the findings whose authority was later stayed
 * or vacated (`apart`: `ruleId#outcome` keys the pack names) kept apart from those resting on authority in force.
 */
export async function findingFigures(db: AnyDb, query: FindingFiguresQuery): Promise<FindingFigures> {
  const apart = query.apart.length > 0 ? query.apart : ['#none#'];
  const inScope = sql`transfers.retracted_at is null and transfers.status in (${sql.join(query.statuses)})`;
  const isApart = sql`(findings.rule_id || '#' || findings.outcome) in (${sql.join(apart)})`;
  const grouped = await sql<{
    rule_id: string;
    severity: string;
    apart: number | string;
    findings: number | string;
  }>`
    select findings.rule_id, findings.severity, case when ${isApart} then 1 else 0 end as apart,
      count(*) as findings
    from findings join transfers on transfers.id = findings.transfer_id
    where ${inScope}
    group by 1, 2, 3`.execute(db);
  const violating = sql`findings.severity = 'violation' and not ${isApart} and ${inScope}`;
  const byRule = await sql<{ key: string; value: number | string }>`
    select findings.rule_id as key, count(distinct findings.transfer_id) as value
    from findings join transfers on transfers.id = findings.transfer_id
    where ${violating} group by 1 order by 1`.execute(db);
  const byAgreement = await sql<{ key: string | null; value: number | string }>`
    select transfers.agreement_id as key, count(distinct findings.transfer_id) as value
    from findings join transfers on transfers.id = findings.transfer_id
    where ${violating} group by 1 order by 1`.execute(db);
  const [total] = (
    await sql<{ value: number | string }>`
      select count(distinct findings.transfer_id) as value
      from findings join transfers on transfers.id = findings.transfer_id
      where ${violating}`.execute(db)
  ).rows;
  return {
    groups: grouped.rows.map((row) => ({
      ruleId: row.rule_id,
      severity: row.severity,
      apart: Number(row.apart) === 1,
      findings: Number(row.findings),
    })),
    transfersWithViolation: {
      total: Number(total?.value ?? 0),
      byRule: asRows(byRule.rows),
      byAgreement: asRows(byAgreement.rows),
    },
  };
}
